import type express from 'express';

/**
 * Elements of a long array stringified per JSON.stringify call. Timed on a real 2,000-row bed report
 * answer (2 MB): 16–32 elements a piece 8.5–9 ms, 64 11 ms, 128 39 ms (a piece of more than ~64K
 * characters is built, and joined, as V8 builds a long text).
 */
const ELEMENTS_PER_PIECE = 32;

/**
 * A JSON answer already encoded to UTF-8, as a list of chunks. `res.send` of one sends them
 * (sendEncodedJson below); anything that reads it as text gets the JSON text.
 */
export class EncodedJson {
  constructor(
    readonly chunks: readonly Buffer[],
    readonly byteLength: number,
  ) {}

  /** The bytes in one buffer (a copy; sending does not need one). */
  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.byteLength);
  }

  toString(): string {
    return this.bytes().toString('utf8');
  }
}

/**
 * Chunk size: below the C library's threshold for mapping fresh memory (128 KB), so chunks come
 * from memory the process reuses. One 2 MB buffer per answer was fresh memory each time, and
 * touching it (page faults) cost 2–3 ms of a 2,000-row bed report page (CPU profile).
 */
const CHUNK_BYTES = 64 * 1024;
const encoder = new TextEncoder();
const COMMA = 0x2c;

/** Bytes written into 64 KB chunks, each text encoded once, straight into place. */
class ByteWriter {
  readonly chunks: Buffer[] = [];
  length = 0;
  private current = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  /** Writes `text` as UTF-8, going on in a new chunk where one fills up (never inside a character). */
  text(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.current.subarray(this.used));
      this.used += written;
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.nextChunk();
    }
  }

  /** Where the next byte written will be: its chunk and place in it. */
  nextByte(): [Buffer, number] {
    if (this.used === this.current.length) this.nextChunk();
    return [this.current, this.used];
  }

  /** Takes back the last byte written (an ASCII character, so within the current chunk). */
  dropLastByte(): void {
    this.used -= 1;
    this.length -= 1;
  }

  private nextChunk(): void {
    this.chunks.push(this.current.subarray(0, this.used));
    this.current = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  done(): EncodedJson {
    if (this.used > 0) this.chunks.push(this.current.subarray(0, this.used));
    return new EncodedJson(this.chunks, this.length);
  }
}

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
};

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const isOmitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function write(out: ByteWriter, value: unknown): void {
  if (Array.isArray(value) && value.length > ELEMENTS_PER_PIECE) {
    // "[a,b]", then the first one's "]" taken back, "[c,d]" written and its "[" made ",": "[a,b,c,d]".
    // (Slicing the "[" off the text instead would copy the whole piece.)
    for (let start = 0; start < value.length; start += ELEMENTS_PER_PIECE) {
      const piece = JSON.stringify(value.slice(start, start + ELEMENTS_PER_PIECE));
      if (start === 0) {
        out.text(piece);
      } else {
        out.dropLastByte();
        const [chunk, at] = out.nextByte();
        out.text(piece);
        chunk[at] = COMMA;
      }
    }
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && isPlainObject(value)) {
    out.text('{');
    let first = true;
    for (const key of Object.keys(value)) {
      const member = value[key];
      if (isOmitted(member)) continue;
      out.text(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      write(out, member);
    }
    out.text('}');
  } else {
    out.text(JSON.stringify(value) ?? 'null');
  }
}

/**
 * The UTF-8 bytes of `JSON.stringify(value) + suffix`, byte for byte, for plain data (what a
 * GraphQL result is: objects, arrays, strings, numbers, booleans, null).
 *
 * Why not JSON.stringify and then encode: V8 builds a long JSON text out of many pieces, and the
 * first pass over it (any encoding to bytes) first joins them: about 3 ms for a 2,000-row page's
 * 1 MB of text with Japanese in it, 5–7 ms in the service under load, more than stringifying took.
 * Long arrays are stringified here 32 elements at a time and each piece is encoded while it is
 * small, so no long text is ever made.
 */
export function jsonUtf8(value: unknown, suffix = ''): EncodedJson {
  const out = new ByteWriter();
  write(out, value);
  if (suffix) out.text(suffix);
  return out.done();
}

/**
 * Apollo Server's `stringifyResult`: the answer as JSON.stringify plus a newline (as Apollo writes
 * it), already encoded. Apollo declares the hook as returning text, but hands what it returns only
 * to the HTTP integration's `res.send`, which sendEncodedJson (below) makes send the
 * bytes; so every endpoint serving Apollo answers must use sendEncodedJson.
 */
export const stringifyAnswer = (value: unknown): string => jsonUtf8(value, '\n') as unknown as string;

/**
 * Makes `res.send` of an EncodedJson (every GraphQL answer: http/json-bytes.ts) send its bytes
 * chunk by chunk, as `res.send` would send one buffer. Express keeps the Content-Type set for the
 * answer, and Content-Length is the answer's byte count. Other bodies go to `res.send` as they are.
 */
export function sendEncodedJson(): express.RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => (body instanceof EncodedJson ? sendChunks(req, res, body) : send(body));
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
