import { createContext, useContext } from 'react';
import type { MenuKey, Role } from './gql/graphql';

/** The server's roles, from the schema (never copied by hand). */
export type { Role };

/** A menu of the home screen, as the server lists it for the signed-in role (Viewer.menus); screens.ts says where it leads. */
export interface HomeMenu {
  key: MenuKey;
  label: string;
}

export interface Viewer {
  /** null when nobody is signed in. */
  role: Role | null;
  /** Name shown in the header, when signed in. */
  displayName: string | null;
  /** True until the server has said who is signed in (screens that need a sign-in wait for it). */
  loading: boolean;
  loginId: string | null;
  /** 種別, e.g. 保健所（人材募集登録用）. */
  roleLabel: string | null;
  /** 所属: the facility's or the prefecture's name. */
  organisation: string | null;
  /** The facility the account acts for (a hospital or a health centre), as a global id. */
  facilityId: string | null;
  menus: readonly HomeMenu[];
}

export const ANONYMOUS_VIEWER: Viewer = {
  role: null,
  displayName: null,
  loading: false,
  loginId: null,
  roleLabel: null,
  organisation: null,
  facilityId: null,
  menus: [],
};

/** Who uses the dashboard: provided by pages/accounts/ViewerProvider (the server's `viewer` query). */
export const ViewerContext = createContext<Viewer>(ANONYMOUS_VIEWER);

export function useViewer(): Viewer {
  return useContext(ViewerContext);
}
