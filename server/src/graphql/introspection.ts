import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Role } from '../auth/viewer';
import type { Context } from './context';

/**
 * A request signed in with an API token: a bearer token that the viewer resolver accepted (an
 * account). A bearer header alone proves nothing, so until the accounts domain verifies tokens
 * no request counts as one (fail closed).
 */
export function isApiTokenRequest(rc: GraphQLRequestContext<Context>): boolean {
  const bearer = /^Bearer\s+\S+/i.test(rc.request.http?.headers.get('authorization') ?? '');
  return bearer && rc.contextValue.viewer.accountId != null;
}

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** A dashboard session (cookie) of one of `roles`. */
function isSessionOf(rc: GraphQLRequestContext<Context>, roles: readonly Role[]): boolean {
  const viewer = rc.contextValue.viewer;
  return viewer.accountId != null && viewer.sessionId != null && viewer.role !== null && roles.includes(viewer.role);
}

/**
 * Introspection for API tokens, and for the dashboard sessions of `sessionRoles` (the roles whose
 * screens need the schema: the report builder's editor, named by the composition root), only
 * (GRAPHQL_INTROSPECTION=false with GRAPHQL_INTROSPECTION_FOR_TOKENS=true): analysts' tools
 * (codegen, GraphiQL) may read the schema; anyone else is answered exactly as if introspection
 * were off.
 */
export function introspectionForTokensPlugin(sessionRoles: readonly Role[] = []): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (rc.document && asksForSchema(rc.document) && !isApiTokenRequest(rc) && !isSessionOf(rc, sessionRoles)) {
            throw new GraphQLError(
              'GraphQL introspection is not allowed, but the query contained __schema or __type. Send an API token to read the schema.',
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
