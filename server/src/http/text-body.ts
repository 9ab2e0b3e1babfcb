import type express from 'express';
import { EncodedJson } from './json-bytes';

/** Below this many characters Express measures a text body without encoding it, as before. */
const LONG_TEXT = 1000;

/**
 * The UTF-8 bytes of `text`, encoded in one pass into a buffer large enough for any text of its
 * length (3 bytes per UTF-16 unit at most). `Buffer.from(text)`, which Express's `res.send` uses,
 * first measures the encoded length and then encodes: two passes over the text. On Node 20 each
 * pass over a text with Japanese in it (stored as UTF-16) is slow: 5–7 ms apiece for a 2,000-row
 * bed report page's 2 MB of JSON.
 */
export function utf8Bytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(text.length * 3);
  return bytes.subarray(0, bytes.write(text, 'utf8'));
}

const DECLARES_UTF8 = /;\s*charset=utf-8\s*(;|$)/i;

/**
 * Makes `res.send` of a long text whose Content-Type already says `charset=utf-8` (the GraphQL
 * integration answers with one string, Apollo sets that type) send its UTF-8 bytes encoded in one
 * pass, and `res.send` of an EncodedJson (every GraphQL answer: http/json-bytes.ts) send its
 * bytes. Nothing else changes: Express keeps that Content-Type for bytes as it does for text, and
 * Content-Length is the same byte count. Other bodies go to `res.send` as they are.
 */
export function sendTextInOnePass(): express.RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (body instanceof EncodedJson) return sendChunks(req, res, body);
      const type = res.get('Content-Type');
      return send(typeof body === 'string' && body.length >= LONG_TEXT && type && DECLARES_UTF8.test(type) ? utf8Bytes(body) : body);
    };
    next();
  };
}

/**
 * What `res.send` does with bytes, for bytes in chunks: Content-Length, no body for HEAD or a
 * status without one, then the chunks, written in one go (the socket takes writes of one tick
 * together). Answers carry no ETag (app.ts, graphqlEndpoint), so there is no freshness to check.
 */
function sendChunks(req: express.Request, res: express.Response, body: EncodedJson): express.Response {
  if (!res.get('Content-Type')) res.type('application/json');
  res.setHeader('Content-Length', String(body.byteLength));
  if (req.method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304) {
    res.end();
    return res;
  }
  for (const chunk of body.chunks) res.write(chunk);
  res.end();
  return res;
}
