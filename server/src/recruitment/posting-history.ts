import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { POSTING_CONTENT_FIELDS, type Posting } from './posting.entity';
import { type FieldChange, PostingChange, type PostingChangeAction } from './posting-change.entity';

const TRACKED_FIELDS = [...POSTING_CONTENT_FIELDS, 'status'] as const;

/** What changed between two states of a posting (`before` null: everything, as created). */
export function diffPosting(before: Posting | null, after: Posting): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of TRACKED_FIELDS) {
    const old = before ? before[field] : null;
    if (before === null || old !== after[field]) changes.push({ field, before: old ?? null, after: after[field] ?? null });
  }
  return changes;
}

/** Appends one history row; called inside the transaction that made the change. */
export async function recordPostingChange(
  m: EntityManager,
  posting: Posting,
  action: PostingChangeAction,
  viewer: Viewer,
  changes: FieldChange[],
): Promise<void> {
  await m.query(
    `INSERT INTO posting_change (posting_id, version, action, account_id, role, changed_at, changes)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [posting.dbId, posting.version, action, viewer.accountId, viewer.role, posting.updatedAt, JSON.stringify(changes)],
  );
}

export { PostingChange };
