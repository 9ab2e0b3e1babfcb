import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Context } from './context';
import { ErrorCode, type FieldProblem } from './errors';

export const NUL_MESSAGE = 'NUL文字（U+0000）は入力できません。';

/** The first string in a JSON-like value that holds a NUL, by the name of its nearest object key. */
function nulInValue(value: unknown, key: string): FieldProblem | null {
  const pending: [unknown, string][] = [[value, key]];
  while (pending.length) {
    const [item, name] = pending.pop()!;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return { field: name, message: NUL_MESSAGE };
    } else if (Array.isArray(item)) {
      for (const nested of item) pending.push([nested, name]);
    } else if (item !== null && typeof item === 'object') {
      for (const [nestedKey, nested] of Object.entries(item)) pending.push([nested, nestedKey]);
    }
  }
  return null;
}

/** The first string literal of the document that holds a NUL (written as \u0000), by the argument or input field it is given to. */
function nulInDocument(document: DocumentNode): FieldProblem | null {
  let found: FieldProblem | null = null;
  visit(document, {
    StringValue(node, _key, _parent, _path, ancestors) {
      if (found || !node.value.includes('\u0000')) return;
      const named = [...ancestors]
        .reverse()
        .find((a): a is ASTNode & { kind: Kind.ARGUMENT | Kind.OBJECT_FIELD; name: { value: string } } => {
          const kind = (a as ASTNode).kind;
          return kind === Kind.ARGUMENT || kind === Kind.OBJECT_FIELD;
        });
      found = { field: named?.name.value ?? 'query', message: NUL_MESSAGE };
    },
  });
  return found;
}

/**
 * What every operation must satisfy before anything else looks at it:
 *
 * - the request names exactly one operation of its document: an operationName that names none,
 *   or several operations without an operationName, is a malformed request (HTTP 400), answered
 *   before any other guard or the executor, which all work on "the" operation;
 * - no string it passes, in its variables or written in the query text, holds a NUL character:
 *   PostgreSQL's text cannot store one and refuses it with an error, so it is refused here, for
 *   every argument of every operation at once, as BAD_USER_INPUT naming the field.
 */
export function operationInputGuard(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) {
            const message = rc.request.operationName
              ? 'operationName に指定された操作が見つかりません。'
              : '複数の操作を含む文書では operationName を指定してください。';
            throw new GraphQLError(message, {
              extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } },
            });
          }
          const problem = nulInValue(rc.request.variables ?? {}, 'variables') ?? nulInDocument(rc.document);
          if (problem) {
            throw new GraphQLError(NUL_MESSAGE, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors: [problem], http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
