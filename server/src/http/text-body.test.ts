import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { sendTextInOnePass, utf8Bytes } from './text-body';
import { jsonUtf8 } from './json-bytes';

describe('text bodies encoded in one pass', () => {
  it('are the same bytes as Buffer.from, lone surrogates and all', () => {
    const texts = [
      '',
      'ascii only',
      '{"name":"美唄栄医療センター","kind":"HOSPITAL"}',
      '𠮷野家 🏥 emoji and supplementary characters',
      'lone \ud800 high and \udc00 low surrogates, and one at the end \ud83c',
      'é'.repeat(5000) + '東'.repeat(5000) + 'a'.repeat(5000),
    ];
    for (const text of texts) expect(utf8Bytes(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('leave the answer as Express sends it: the same status, headers and bytes', async () => {
    const long = JSON.stringify({ data: { rows: Array.from({ length: 5000 }, (_, i) => ({ i, name: `病院${i}` })) } });
    const answers = (app: express.Express, encoded = false) => {
      app.set('etag', false);
      app.get('/typed', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.status(200).send(long);
      });
      app.get('/json', (_req, res) => {
        res.json({ long });
      });
      app.get('/html', (_req, res) => {
        res.send(`<p>${long}</p>`);
      });
      // A GraphQL answer: the service sends it encoded (stringifyAnswer), plain Express as text.
      app.get('/answer', (_req, res) => {
        res.setHeader('content-type', 'application/graphql-response+json; charset=utf-8');
        const answer = JSON.parse(long) as unknown;
        res.status(200).send(encoded ? jsonUtf8(answer, '\n') : `${JSON.stringify(answer)}\n`);
      });
      app.get('/short', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.send('{"ok":true}');
      });
      return app;
    };
    const plain = answers(express());
    const onePass = express();
    onePass.use(sendTextInOnePass());
    answers(onePass, true);
    const fetchAll = async (app: express.Express) => {
      const server = http.createServer(app);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const results = [];
        for (const [method, path] of [...['/typed', '/json', '/html', '/answer', '/short'].map((p) => ['GET', p]), ['HEAD', '/answer']]) {
          const response = await fetch(base + path, { method });
          const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date'));
          results.push({
            method,
            path,
            status: response.status,
            headers,
            body: Buffer.from(await response.arrayBuffer()).toString('base64'),
          });
        }
        return results;
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    };
    const expected = await fetchAll(plain);
    expect(expected[0].headers['content-length']).toBe(String(Buffer.byteLength(long)));
    expect(await fetchAll(onePass)).toEqual(expected);
  });
});
