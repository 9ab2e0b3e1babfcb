import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useViewer } from '../../viewer';
import { LoadingStatus } from '../../components/StatusLine';

/** Screens that need a sign-in: while the viewer loads, wait; signed out, go to ログイン and come back after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const location = useLocation();
  if (viewer.loading) {
    return <LoadingStatus />;
  }
  if (viewer.role === null) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
