import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { type DocumentNode, getOperationAST, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import persistedDocuments from './gql/persisted-documents.json';

/**
 * Apollo Client transforms documents before links see them (dropping codegen's __meta__.hash),
 * so the hash is found by operation name, which codegen keeps unique. (Fragments may come first
 * in a document's text, so the operation keyword is looked for anywhere.)
 */
const hashByOperationName = new Map(
  Object.entries(persistedDocuments as Record<string, string>).map(([hash, text]) => [
    /(?:^|[\s}])(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1] ?? '',
    hash,
  ]),
);

function trustedDocumentHash(document: DocumentNode): string {
  const name = getOperationAST(document)?.name?.value;
  const hash = name ? hashByOperationName.get(name) : undefined;
  if (!hash) throw new Error(`operation ${name ?? '(anonymous)'} is not in persisted-documents.json: run npm run codegen`);
  return hash;
}

/**
 * One Apollo Client for the dashboard. Same-origin /graphql (the service serves the dashboard;
 * Vite's dev server proxies it). Cookies go along for the session the accounts screens add.
 */
export function createApolloClient(): ApolloClient {
  // Operations go by the hash codegen gave them (client/src/gql/persisted-documents.json), so a
  // server running with GRAPHQL_TRUSTED_DOCUMENTS accepts exactly the dashboard's documents.
  const http = new PersistedQueryLink({ generateHash: trustedDocumentHash }).concat(
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  );
  return new ApolloClient({
    // Subscriptions (live bed status) over GraphQL over WebSocket on the same /graphql; the
    // session cookie goes with the upgrade request. The hash goes along too: the server runs the
    // manifest's document for it (server/src/graphql/subscriptions.ts).
    link: ApolloLink.split(
      ({ query }) => getOperationAST(query)?.operation === OperationTypeNode.SUBSCRIPTION,
      new ApolloLink((operation, forward) => {
        operation.extensions = {
          ...operation.extensions,
          persistedQuery: { version: 1, sha256Hash: trustedDocumentHash(operation.query) },
        };
        return forward(operation);
      }).concat(new GraphQLWsLink(createClient({ url: webSocketUrl('/graphql'), lazy: true, retryAttempts: Infinity }))),
      http,
    ),
    cache: new InMemoryCache(),
  });
}

function webSocketUrl(path: string): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${path}`;
}
