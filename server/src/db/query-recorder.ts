import type { Logger, QueryRunner } from 'typeorm';

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

  /** Runs `work` and returns the statements it sent, excluding transaction control. */
  async record<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements.length = 0;
    this.recording = true;
    try {
      const result = await work();
      return { result, statements: this.statements.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(s)) };
    } finally {
      this.recording = false;
    }
  }
}
