import { defineDomain } from '../domain';
import { AuditResolver } from './audit.resolver';

/** The audit log: sign-ins, account changes, exports and masking changes, for the office. */
export const audit = defineDomain({
  name: 'audit',
  resolvers: [AuditResolver],
});
