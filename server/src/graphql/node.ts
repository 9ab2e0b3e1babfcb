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
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
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
