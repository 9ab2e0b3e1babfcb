import { Field, ID, InterfaceType } from 'type-graphql';
import { badUserInput } from './errors';

/** Relay's Node: every object with a global id can be fetched again through `node(id:)`. */
@InterfaceType('Node', { description: 'An object with a globally unique, opaque id.' })
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique opaque id.' })
  id!: string;
}

export type NodeTypeName = 'Facility' | 'Prefecture' | 'SecondaryMedicalArea' | 'Posting' | 'BedSnapshot';

/**
 * A global id is "Type:localId" in URL-safe base64 without padding (RFC 4648 §5), so it goes into
 * a dashboard URL (/beds/facilities/<id>) as it is. graphql-relay's toGlobalId/fromGlobalId are
 * not used: they write standard base64 with padding ("Facility:1" is RmFjaWxpdHk6MQ== there,
 * RmFjaWxpdHk6MQ here), which would change every id already handed out and in saved links, and
 * its fromGlobalId accepts any string (an invalid one decodes to ""), where this one refuses
 * anything it did not write itself with BAD_USER_INPUT.
 */
export function toGlobalId(type: string, localId: string | number): string {
  const local = String(localId);
  const prefix = encodedPrefixOf(type);
  // An ASCII local part after a prefix of whole 3-byte groups encodes on its own (every row id is such).
  return prefix !== null && isAscii(local)
    ? prefix + base64urlOfAscii(local)
    : Buffer.from(`${type}:${local}`, 'utf8').toString('base64url');
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Printable ASCII (one UTF-8 byte a character); anything else takes Buffer's way. */
const isAscii = (text: string): boolean => /^[ -~]*$/.test(text);

/**
 * URL-safe base64 without padding of an ASCII text (one byte a character), in place of a Buffer
 * and its encoder per id: a 2,000-row bed report page writes 4,000 ids (toGlobalId was ~3 ms of
 * its CPU, profile). toGlobalId's test holds it to Buffer's own encoding.
 */
function base64urlOfAscii(text: string): string {
  let encoded = '';
  let i = 0;
  for (; i + 2 < text.length; i += 3) {
    const group = (text.charCodeAt(i) << 16) | (text.charCodeAt(i + 1) << 8) | text.charCodeAt(i + 2);
    encoded += BASE64URL[group >> 18] + BASE64URL[(group >> 12) & 63] + BASE64URL[(group >> 6) & 63] + BASE64URL[group & 63];
  }
  if (i < text.length) {
    const group = (text.charCodeAt(i) << 16) | (i + 1 < text.length ? text.charCodeAt(i + 1) << 8 : 0);
    encoded += BASE64URL[group >> 18] + BASE64URL[(group >> 12) & 63] + (i + 1 < text.length ? BASE64URL[(group >> 6) & 63] : '');
  }
  return encoded;
}

const encodedPrefixes = new Map<string, string | null>();
/** The encoding of `${type}:` when it is ASCII of whole 3-byte groups ("Facility:", "BedSnapshot:"), else null. */
function encodedPrefixOf(type: string): string | null {
  let prefix = encodedPrefixes.get(type);
  if (prefix === undefined) {
    const text = `${type}:`;
    prefix = isAscii(text) && text.length % 3 === 0 ? base64urlOfAscii(text) : null;
    // Types are the schema's own names: a handful, fixed at build time.
    if (encodedPrefixes.size < 100) encodedPrefixes.set(type, prefix);
  }
  return prefix;
}

export function fromGlobalId(globalId: string): { type: string; localId: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1 || toGlobalId(decoded.slice(0, colon), decoded.slice(colon + 1)) !== globalId) {
    throw badUserInput('IDの形式が正しくありません。', [{ field: 'id', message: 'IDの形式が正しくありません。' }]);
  }
  return { type: decoded.slice(0, colon), localId: decoded.slice(colon + 1) };
}

/** PostgreSQL's integer, the type of every numeric row id: no id this service hands out is larger. */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * The row id a global id's local part stands for. A local part that is not a decimal number
 * within PostgreSQL's integer was never written by this service (and would make the database
 * refuse the query), so it is refused as BAD_USER_INPUT on `field`.
 */
export function rowIdOf(localId: string, field = 'id', message = 'IDの形式が正しくありません。'): number {
  const id = /^[1-9][0-9]{0,9}$/.test(localId) ? Number(localId) : NaN;
  if (!(id <= MAX_ROW_ID)) throw badUserInput(message, [{ field, message }]);
  return id;
}
