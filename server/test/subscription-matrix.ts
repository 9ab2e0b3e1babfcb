import type { Audience } from '../src/auth/access-policy';
import { Role } from '../src/auth/viewer';

/**
 * Who may subscribe, as the specification the tests hold the server to: the access-matrix test
 * checks these rows equal its own, and bed-status.subscription.test.ts runs each audience over a
 * real WebSocket (the matrix test's HTTP runner cannot hold a subscription open).
 */
export const SUBSCRIPTION_MATRIX: Record<string, readonly Audience[]> = {
  'Subscription.bedStatusChanged': [Role.HEALTH_CENTER_AGGREGATOR, Role.FACILITY, Role.PREFECTURE, Role.OFFICE, Role.ANALYST],
};
