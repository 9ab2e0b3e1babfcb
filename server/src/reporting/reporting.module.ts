import { defineDomain } from '../domain';
import { scheduleFreshness } from './reporting.freshness';
import { createComplianceExportRouter } from './reporting-compliance.export';
import { ReportingResolver } from './reporting.resolver';
import { REMINDER_TICK_MS, ReportingReminderWorker } from './reporting-reminders';

/**
 * 報告期限: each prefecture's due time and operating mode (平時 / 警戒 / 災害), the status of each
 * hospital in the current period, compliance over the last 7 and 28 days, and what the bed report
 * counts as fresh (handed to beds through the context, so beds never imports this domain).
 */
export const reporting = defineDomain({
  name: 'reporting',
  resolvers: [ReportingResolver],
  context: async () => ({ reportingFreshness: scheduleFreshness }),
  // 報告状況 as CSV (Shift-JIS or UTF-8) through the one CSV writer, with the GraphQL field's scope rule.
  routes: ({ db, resolveViewer, values }) => createComplianceExportRouter({ db, reference: values.reference, resolveViewer }),
  // Reminders and overdue notices through the mail outbox, once per hospital, period and kind however many processes tick.
  workers: ({ db, log }) => [
    new ReportingReminderWorker(db, {
      now: () => new Date(),
      intervalMs: REMINDER_TICK_MS,
      log: log.child({ component: 'reporting-reminders' }),
    }).start(),
  ],
});
