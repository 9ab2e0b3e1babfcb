import { type GraphQLFieldResolver, type GraphQLSchema, defaultFieldResolver } from 'graphql';
import type { Context } from '../graphql/context';
import { forbidden, unauthenticated } from '../graphql/errors';
import { Role, type Viewer } from './viewer';
import { BED_BATCH_REPORTERS, BED_REPORT_READERS, BED_REPORTERS } from '../beds/bed-access';

/** Who an operation is for: a role, or anonymous readers. */
export type Audience = Role | 'ANONYMOUS';

export const ALL_ROLES: readonly Role[] = Object.values(Role);
export const SIGNED_IN: readonly Audience[] = ALL_ROLES;
export const EVERYONE: readonly Audience[] = [...ALL_ROLES, 'ANONYMOUS'];
/** Accounts that ask the G-MIS office questions: everyone signed in but the office itself. */
export const ASKERS: readonly Audience[] = ALL_ROLES.filter((role) => role !== Role.OFFICE);

/**
 * Who may call each root field (Query / Mutation / Subscription). This table is the single
 * place operation-level access is decided; a root field missing here is refused for everyone
 * (fail closed), and the access-matrix test fails until it gets a rule. Object-level rules
 * (own facility, own prefecture, masking) are decided by each domain's rule functions.
 */
export const OPERATION_POLICY: Record<string, readonly Audience[]> = {
  'Query.node': EVERYONE,
  'Query.prefectures': EVERYONE,
  'Query.secondaryMedicalAreas': EVERYONE,
  'Query.facilities': EVERYONE,
  'Query.facility': EVERYONE,
  'Query.facilityByCode': EVERYONE,
  // 人材募集: management screens for the posting facility, its prefecture and the office;
  // 保健所 aggregator IDs have no recruitment screens. The public Key-Net view is for everyone.
  'Query.postings': [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT, Role.PREFECTURE, Role.OFFICE],
  'Query.posting': [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT, Role.PREFECTURE, Role.OFFICE, Role.ANALYST, 'ANONYMOUS'],
  'Query.publicPostings': EVERYONE,
  'Query.exportPostings': [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT, Role.PREFECTURE, Role.OFFICE],
  'Query.exportPublicPostings': EVERYONE,
  'Query.previewKeyNetPosting': [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT],
  'Query.postingFacility': [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT, Role.PREFECTURE, Role.OFFICE],
  'Mutation.createPosting': [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT],
  'Mutation.updatePosting': [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT],
  // Only already-masked public documents: what Key-Net itself publishes.
  'Query.keyNetFeed': EVERYONE,

  // Accounts and sign-in (accounts/). Object-level rules: API tokens are the account's own or the office's.
  'Query.viewer': EVERYONE,
  'Query.passwordRule': EVERYONE,
  'Mutation.login': EVERYONE,
  'Mutation.logout': EVERYONE,
  'Mutation.requestPasswordReset': EVERYONE,
  'Mutation.resetPassword': EVERYONE,
  'Mutation.changePassword': SIGNED_IN,
  'Query.apiTokens': SIGNED_IN,
  'Mutation.createApiToken': SIGNED_IN,
  'Mutation.revokeApiToken': SIGNED_IN,
  'Query.accounts': [Role.OFFICE],
  'Query.auditEvents': [Role.OFFICE],
  'Query.account': [Role.OFFICE],
  'Mutation.createAccount': [Role.OFFICE],
  'Mutation.updateAccount': [Role.OFFICE],
  'Mutation.disableAccount': [Role.OFFICE],
  'Mutation.enableAccount': [Role.OFFICE],

  // Inquiries (お問合せ): object-level rules (own organisation / office) in inquiries/inquiry-access.ts.
  'Query.inquiries': SIGNED_IN,
  'Query.inquiry': SIGNED_IN,
  'Mutation.createInquiry': ASKERS,
  'Mutation.addInquiryComment': ASKERS,
  'Mutation.answerInquiry': [Role.OFFICE],
  'Mutation.closeInquiry': [Role.OFFICE],

  // FAQ and notices: drafts and anonymous access decided in content/content-access.ts.
  'Query.faqEntries': EVERYONE,
  'Query.faqEntry': EVERYONE,
  'Query.faqCategories': EVERYONE,
  'Mutation.createFaqEntry': [Role.OFFICE],
  'Mutation.updateFaqEntry': [Role.OFFICE],
  'Mutation.publishFaqEntry': [Role.OFFICE],
  'Mutation.unpublishFaqEntry': [Role.OFFICE],
  'Query.notices': EVERYONE,
  'Query.notice': EVERYONE,
  'Query.unreadNoticeCount': EVERYONE,
  'Mutation.createNotice': [Role.OFFICE],
  'Mutation.updateNotice': [Role.OFFICE],
  'Mutation.publishNotice': [Role.OFFICE],
  'Mutation.unpublishNotice': [Role.OFFICE],
  'Mutation.markNoticeRead': SIGNED_IN,

  // 地域病床見える化: role lists live in the beds domain's one rule module (also used by the CSV export).
  'Query.bedReport': BED_REPORT_READERS,
  'Query.bedFacilityStatus': BED_REPORT_READERS,
  'Query.bedReportSummary': BED_REPORT_READERS,
  'Query.bedReportPrefectures': BED_REPORT_READERS,
  'Query.bedSnapshots': BED_REPORT_READERS,
  'Mutation.reportBedStatus': BED_REPORTERS,
  'Mutation.submitBedReports': BED_BATCH_REPORTERS,
  // Live updates of the same report: the same readers, the same object rules (bed-status-feed.ts).
  'Subscription.bedStatusChanged': BED_REPORT_READERS,
};

export function audienceOf(viewer: Viewer): Audience {
  return viewer.role ?? 'ANONYMOUS';
}

export function checkOperationAccess(operation: string, viewer: Viewer): void {
  const allowed = Object.prototype.hasOwnProperty.call(OPERATION_POLICY, operation) ? OPERATION_POLICY[operation] : [];
  if (allowed.includes(audienceOf(viewer))) return;
  throw viewer.role === null && allowed.length > 0 ? unauthenticated() : forbidden();
}

/**
 * Wraps only the root fields' resolvers with the policy check, so rows and nested fields pay
 * nothing for it (no per-field middleware).
 */
export function applyOperationPolicy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const operation = `${type.name}.${field.name}`;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: Context, info) => {
        checkOperationAccess(operation, ctx.viewer);
        return resolve(source, args, ctx, info);
      };
      if (field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = (source, args, ctx: Context, info) => {
          checkOperationAccess(operation, ctx.viewer);
          return subscribe(source, args, ctx, info);
        };
      }
    }
  }
  return schema;
}
