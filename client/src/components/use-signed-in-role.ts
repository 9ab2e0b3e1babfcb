import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Role } from '../viewer';

const UseSignedInRole_Viewer = graphql(`
  query UseSignedInRole_Viewer {
    viewer {
      role
    }
  }
`);

/** The signed-in account's role from the server (null when signed out; undefined while loading). */
export function useSignedInRole(): Role | null | undefined {
  const result = useQuery(UseSignedInRole_Viewer);
  if (result.loading && !result.data) return undefined;
  return (result.data?.viewer?.role as Role | undefined) ?? null;
}
