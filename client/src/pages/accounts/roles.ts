import { ENUM_LABELS } from '../../../../common/enum-labels';
import type { Role } from '../../gql/graphql';

/** 種別 as the dashboard shows it; keyed by the schema's Role, so a role added to the API is a compile error here until it has a label. */
export const ROLE_LABEL: Record<Role, string> = ENUM_LABELS.Role;

export const ROLES = Object.keys(ROLE_LABEL) as Role[];

/**
 * Whether an account of the role acts for one facility (a 保健所 for the health-centre IDs, a
 * medical institution for FACILITY) and so is created with its 医療機関コード. Every role answers,
 * so a new role cannot be left out.
 */
const ACTS_FOR_A_FACILITY: Record<Role, boolean> = {
  HEALTH_CENTER_RECRUITMENT: true,
  HEALTH_CENTER_AGGREGATOR: true,
  FACILITY: true,
  PREFECTURE: false,
  OFFICE: false,
  ANALYST: false,
};

export const actsForAFacility = (role: Role) => ACTS_FOR_A_FACILITY[role];
