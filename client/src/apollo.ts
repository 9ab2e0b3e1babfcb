import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One Apollo Client for the dashboard. Same-origin /graphql (the service serves the dashboard;
 * Vite's dev server proxies it). Cookies go along for the session the accounts screens add.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
