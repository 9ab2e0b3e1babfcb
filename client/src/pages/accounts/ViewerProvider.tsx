import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { graphql } from '../../gql';
import { ANONYMOUS_VIEWER, type Viewer, ViewerContext } from '../../viewer';

export const ViewerProvider_Viewer = graphql(`
  query ViewerProvider_Viewer {
    viewer {
      role
      roleLabel
      account {
        id
        loginId
        displayName
      }
      facility {
        id
        name
      }
      prefecture {
        id
        name
      }
      menus {
        key
        label
      }
    }
  }
`);

/**
 * Asks the server who is signed in (the session cookie is HTTP-only, so only the server knows) and
 * gives the answer to every screen through ViewerContext. Sign-in and sign-out reset the Apollo
 * store, which clears every cached answer and asks this again.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading } = useQuery(ViewerProvider_Viewer);
  const signedIn = data?.viewer;
  const viewer: Viewer = signedIn
    ? {
        role: signedIn.role,
        displayName: signedIn.account.displayName,
        loading: false,
        loginId: signedIn.account.loginId,
        roleLabel: signedIn.roleLabel,
        organisation: signedIn.facility?.name ?? signedIn.prefecture?.name ?? null,
        facilityId: signedIn.facility?.id ?? null,
        menus: signedIn.menus,
      }
    : { ...ANONYMOUS_VIEWER, loading: loading && !data };
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}
