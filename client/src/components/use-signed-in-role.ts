import { type Role, useViewer } from '../viewer';

/** The signed-in account's role (null when signed out; undefined until the server has said). */
export function useSignedInRole(): Role | null | undefined {
  const viewer = useViewer();
  return viewer.loading ? undefined : viewer.role;
}
