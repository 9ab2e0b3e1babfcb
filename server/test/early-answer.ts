import http from 'node:http';

/**
 * POSTs a body the server is expected to refuse before reading it all (413), and reads the answer
 * as soon as it arrives. A server that refuses early closes the connection while the body is still
 * on its way; fetch then often reports the reset of its unfinished upload instead of the answer, a
 * race that a busy machine loses. Here a write error after the answer arrived is the expected end of
 * the upload, not a failure.
 */
export function postExpectingEarlyAnswer(
  url: string,
  headers: Record<string, string>,
  body: Buffer | string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } });
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.on('error', reject);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}
