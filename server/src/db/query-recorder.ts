import type { Logger, QueryRunner } from 'typeorm';

/** Leading comment of statements every request runs as plumbing (session lookup, cost budget), not counted with the operation's SQL. */
export const PER_REQUEST_SQL_TAG = '/* per-request */';

/**
 * A TypeORM logger that records every SQL statement sent, so tests can count and snapshot
 * the statements an operation runs (an extra query shows up as a diff in review).
 */
export class QueryRecorder implements Logger {
  readonly statements: string[] = [];
  recording = false;

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    if (this.recording) this.statements.push(query.replace(/\s+/g, ' ').trim());
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /**
   * Runs `work` and returns the statements it sent, excluding transaction control and the
   * per-request cost-budget statement (tagged PER_REQUEST_SQL_TAG, graphql/cost.ts): every request
   * pays that one the same, so statement counts stay about what an operation itself reads.
   */
  async record<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements.length = 0;
    this.recording = true;
    try {
      const result = await work();
      return {
        result,
        statements: this.statements.filter(
          (s) => !/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(s) && !s.startsWith(PER_REQUEST_SQL_TAG),
        ),
      };
    } finally {
      this.recording = false;
    }
  }
}
