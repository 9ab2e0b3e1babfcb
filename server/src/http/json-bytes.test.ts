import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { EncodedJson, jsonUtf8, sendEncodedJson } from './json-bytes';

const asStringified = (value: unknown, suffix = '') => Buffer.from(JSON.stringify(value) + suffix, 'utf8');

describe('JSON answers encoded without one long text', () => {
  it('are the bytes of JSON.stringify for answers of every shape a GraphQL result takes', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        node: {
          id: `RmFjaWxpdHk6${i}`,
          name: `美唄栄医療センター${i}`,
          vacant: i % 7 === 0 ? null : i,
          stale: i % 2 === 0,
          beds: [{ c: 'GENERAL', n: i }],
        },
      }));
    const nullPrototype = Object.assign(Object.create(null) as Record<string, unknown>, { edges: rows(130), totalCount: 130 });
    const values: unknown[] = [
      null,
      'text',
      42.5,
      { data: null, errors: [{ message: '入力が正しくありません。', extensions: { code: 'BAD_USER_INPUT' } }] },
      // Lengths around the 32-element pieces: one piece, exactly two, two and one over, and many.
      ...[0, 1, 31, 32, 33, 64, 65, 2000].map((n) => ({ data: { facilities: { edges: rows(n) } } })),
      { data: { report: nullPrototype } },
      // Members JSON.stringify leaves out of objects and writes as null in arrays.
      { data: { a: undefined, b: () => 1, c: 1, d: Symbol('s') }, list: Array.from({ length: 70 }, (_, i) => (i % 3 ? i : undefined)) },
      // Lone surrogates are escaped (\\ud800) by JSON.stringify, in long arrays as in short ones.
      { data: { names: Array.from({ length: 100 }, (_, i) => (i === 50 ? 'lone \ud800 surrogate' : `𠮷野家${i} 🏥`)) } },
      // toJSON is honoured, as JSON.stringify does.
      { data: { at: new Date(Date.UTC(2026, 11, 1, 6, 0)), when: { toJSON: () => 'custom' } } },
      // A first piece of exactly 64 KB (2 + 3,441 + 31 × 2,003 bytes = 65,536), so its "]" ends a chunk,
      // and one byte longer, so its "]" starts the next: the next piece's "," goes where that "]" was.
      ...[3439, 3440].map(
        (first) => ({ data: { names: Array.from({ length: 40 }, (_, i) => 'a'.repeat(i === 0 ? first : 2000)) } }).data.names,
      ),
      // Nested long arrays, and keys that need escaping.
      { data: { 'a"b\\c': Array.from({ length: 3 }, () => Array.from({ length: 100 }, (_, i) => ({ [`k${i}\n`]: [i, `値${i}`] }))) } },
    ];
    for (const value of values) {
      expect(jsonUtf8(value).bytes().equals(asStringified(value))).toBe(true);
      expect(jsonUtf8(value, '\n').bytes().equals(asStringified(value, '\n'))).toBe(true);
    }
  });

  it('come in 64 KB chunks that split no character, and read back as the JSON text', () => {
    // 3-byte characters at odd offsets, so chunk ends fall inside characters unless they are avoided.
    const value = { data: { names: Array.from({ length: 20_000 }, (_, i) => `${'x'.repeat(i % 5)}東京都${i}`) } };
    const encoded = jsonUtf8(value);
    expect(encoded).toBeInstanceOf(EncodedJson);
    expect(encoded.chunks.length).toBeGreaterThan(3);
    expect(encoded.chunks.every((chunk) => chunk.length <= 64 * 1024)).toBe(true);
    // Each chunk alone is whole UTF-8: decoding it loses nothing (a split character would become U+FFFD).
    expect(encoded.chunks.map((chunk) => chunk.toString('utf8')).join('')).toBe(JSON.stringify(value));
    expect(encoded.byteLength).toBe(Buffer.byteLength(JSON.stringify(value)));
    expect(String(encoded)).toBe(JSON.stringify(value));
  });
});

describe('GraphQL answers sent as encoded chunks', () => {
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
    onePass.use(sendEncodedJson());
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
