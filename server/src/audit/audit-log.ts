import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { toGlobalId } from '../graphql/node';

/** What the audit log records. Passwords, tokens and exported rows never go in. */
export enum AuditAction {
  SIGN_IN_SUCCEEDED = 'SIGN_IN_SUCCEEDED',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  ACCOUNT_CREATED = 'ACCOUNT_CREATED',
  ACCOUNT_UPDATED = 'ACCOUNT_UPDATED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  ACCOUNT_ENABLED = 'ACCOUNT_ENABLED',
  EXPORTED = 'EXPORTED',
  POSTING_MASKING_CHANGED = 'POSTING_MASKING_CHANGED',
  REPORT_SAVED = 'REPORT_SAVED',
  REPORT_SHARED = 'REPORT_SHARED',
  REPORT_RUN = 'REPORT_RUN',
  REPORT_EXPORTED = 'REPORT_EXPORTED',
  REPORT_MOVED = 'REPORT_MOVED',
  REPORT_DELETED = 'REPORT_DELETED',
  REPORTING_SCHEDULE_CHANGED = 'REPORTING_SCHEDULE_CHANGED',
  BED_INTAKE_APPLIED = 'BED_INTAKE_APPLIED',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: '監査ログの種別',
  valuesConfig: {
    SIGN_IN_SUCCEEDED: { description: 'ログイン成功' },
    SIGN_IN_FAILED: { description: 'ログイン失敗' },
    ACCOUNT_CREATED: { description: 'アカウント新規作成' },
    ACCOUNT_UPDATED: { description: 'アカウント編集' },
    ACCOUNT_DISABLED: { description: '利用停止' },
    ACCOUNT_ENABLED: { description: '利用再開' },
    EXPORTED: { description: 'エクスポート' },
    POSTING_MASKING_CHANGED: { description: '人材募集のマスキング変更' },
    REPORT_SAVED: { description: 'レポートの保存' },
    REPORT_SHARED: { description: 'レポートフォルダの共有範囲の変更' },
    REPORT_RUN: { description: 'レポートの実行' },
    REPORT_EXPORTED: { description: 'レポートのエクスポート' },
    REPORT_MOVED: { description: 'レポート・レポートフォルダの移動' },
    REPORT_DELETED: { description: 'レポート・レポートフォルダの削除' },
    REPORTING_SCHEDULE_CHANGED: { description: '報告期限・運用モードの変更' },
    BED_INTAKE_APPLIED: { description: '病床状況の一括取込' },
  },
});

export interface AuditRecord {
  action: AuditAction;
  /** Who did it; null when nobody is signed in (a failed sign-in). */
  actorAccountId: number | null;
  /** What it was done to: the login ID tried, an account, an export, a posting. */
  subject: string;
  clientAddress?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log. Call it with the transaction's manager of the change it records, so
 * the entry exists exactly when the change commits.
 */
export async function recordAudit(m: Pick<EntityManager, 'query'>, record: AuditRecord): Promise<void> {
  await m.query(`INSERT INTO audit_event (action, actor_account_id, subject, client_address, details) VALUES ($1, $2, $3, $4, $5::jsonb)`, [
    record.action,
    record.actorAccountId,
    // Subjects can come from a client (a login ID typed at sign-in): bounded, never refused.
    record.subject.slice(0, 200) || '-',
    record.clientAddress ? record.clientAddress.slice(0, 64) : null,
    JSON.stringify(record.details ?? {}),
  ]);
}

@ObjectType('AuditEvent', { description: '監査ログの1件' })
export class AuditEvent {
  dbId!: string;

  @Field(() => ID)
  get id(): string {
    return toGlobalId('AuditEvent', this.dbId);
  }

  @Field(() => Date, { description: '日時' }) occurredAt!: Date;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => String, { nullable: true, description: '操作したアカウントのユーザ名 (未ログインなら null)' }) actorLoginId!: string | null;
  @Field(() => String, { description: '対象 (入力されたユーザ名、アカウント、エクスポート名、募集)' }) subject!: string;
  @Field(() => String, { nullable: true, description: '接続元アドレス' }) clientAddress!: string | null;
  @Field(() => String, { description: '詳細 (JSON)' }) details!: string;
}

export const MAX_AUDIT_PAGE = 200;

const isIdCursor = (key: unknown[]): key is [string] => key.length === 1 && typeof key[0] === 'string' && /^\d{1,19}$/.test(key[0]);

/** 監査ログ, newest first, keyset-paginated by id. */
export async function searchAuditEvents(
  m: Pick<EntityManager, 'query'>,
  filter: { action?: AuditAction | null },
  first: number,
  after: string | null | undefined,
): Promise<Page<AuditEvent>> {
  const afterId = after ? decodeCursor(after, isIdCursor)[0] : null;
  const rows: Record<string, unknown>[] = await m.query(
    `SELECT e.id, e.occurred_at, e.action, a.login_id, e.subject, e.client_address, e.details
     FROM audit_event e LEFT JOIN account a ON a.id = e.actor_account_id
     WHERE ($1::text IS NULL OR e.action = $1) AND ($2::bigint IS NULL OR e.id < $2)
     ORDER BY e.id DESC LIMIT $3`,
    [filter.action ?? null, afterId, first + 1],
  );
  const events = rows.map((row) =>
    Object.assign(new AuditEvent(), {
      dbId: String(row.id),
      occurredAt: row.occurred_at,
      action: row.action,
      actorLoginId: row.login_id,
      subject: row.subject,
      clientAddress: row.client_address,
      details: JSON.stringify(row.details),
    }),
  );
  return toPage(
    events,
    first,
    afterId !== null,
    (e) => encodeCursor([e.dbId]),
    async () => {
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM audit_event WHERE ($1::text IS NULL OR action = $1)`, [
        filter.action ?? null,
      ]);
      return count;
    },
  );
}
