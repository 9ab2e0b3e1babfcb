import { AuditAction, recordAudit } from '../audit/audit-log';
import { toGlobalId } from '../graphql/node';
import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Facility } from '../facilities/facility.entity';
import { DomainError, ErrorCode, badUserInput, conflict, forbidden, notFound } from '../graphql/errors';
import { searchKey } from '../shared/japanese-text';
import { appendKeyNetEvent } from './key-net-feed';
import { canEditPosting, canPostFor, postingAccess } from './masking';
import { EMPLOYMENT_TYPE_LABELS, OCCUPATION_LABELS, Posting, type PostingContent, PostingStatus } from './posting.entity';
import { diffPosting, recordPostingChange } from './posting-history';
import { type PostingFields, validatePostingFields } from './posting-validation';

/** Joins searchable parts with a character no typed query contains, so a match never spans two fields. */
const SEPARATOR = '\u001f';

function searchKeys(content: PostingContent) {
  return {
    contentSearchKey: searchKey(
      [
        content.title,
        OCCUPATION_LABELS[content.occupation],
        EMPLOYMENT_TYPE_LABELS[content.employmentType],
        content.duties,
        content.qualifications,
        content.workingHours,
        content.pay,
        content.period,
      ]
        .filter((part) => part != null)
        .join(SEPARATOR),
    ),
    locationSearchKey: searchKey(
      [content.workPostalCode, content.workAddress, content.workFacilityName].filter((p) => p != null).join(SEPARATOR),
    ),
  };
}

/** The facility a writer posts for: always the viewer's own. */
async function writersFacility(m: EntityManager, viewer: Viewer): Promise<Facility> {
  const facility = viewer.facilityId === null ? null : await m.getRepository(Facility).findOneBy({ dbId: viewer.facilityId });
  if (!facility || !canPostFor(viewer, facility)) throw forbidden();
  return facility;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

function checkStatus(status: PostingStatus | null | undefined, allowed: PostingStatus[], field = 'status'): void {
  if (status != null && !allowed.includes(status)) {
    throw badUserInput('この状態には変更できません。', [{ field, message: 'この状態には変更できません。' }]);
  }
}

function requestHash(content: PostingContent, status: PostingStatus): string {
  return crypto.createHash('sha256').update(JSON.stringify({ content, status })).digest('hex');
}

const COLUMNS: Record<keyof PostingContent | 'contentSearchKey' | 'locationSearchKey', string> = {
  title: 'title',
  occupation: 'occupation',
  employmentType: 'employment_type',
  openings: 'openings',
  duties: 'duties',
  qualifications: 'qualifications',
  workingHours: 'working_hours',
  pay: 'pay',
  period: 'period',
  workPostalCode: 'work_postal_code',
  workPrefectureCode: 'work_prefecture_code',
  workAddress: 'work_address',
  workFacilityName: 'work_facility_name',
  contactName: 'contact_name',
  contactLocation: 'contact_location',
  contactPhone: 'contact_phone',
  contactEmail: 'contact_email',
  maskingRequested: 'masking_requested',
  contentSearchKey: 'content_search_key',
  locationSearchKey: 'location_search_key',
};

export interface CreatePostingCommand {
  idempotencyKey: string;
  status?: PostingStatus | null;
  fields: PostingFields;
}

/**
 * Registers a posting (「保存」 on 新規). Idempotent: the same client key for the same facility
 * makes one posting however often or concurrently it is sent (unique constraint + ON CONFLICT);
 * a retry gets the posting the first request made. The same key with different content is a
 * CONFLICT, so a reused key never silently drops an edit.
 */
export async function createPosting(
  db: DataSource,
  viewer: Viewer,
  command: CreatePostingCommand,
): Promise<{ posting: Posting; created: boolean }> {
  const facility = await writersFacility(db.manager, viewer);
  const problems = [];
  if (!IDEMPOTENCY_KEY.test(command.idempotencyKey)) {
    problems.push({ field: 'idempotencyKey', message: '登録キーは英数字・ハイフン・下線の8〜100文字で指定してください。' });
  }
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);
  const status = command.status ?? PostingStatus.DRAFT;
  checkStatus(status, [PostingStatus.DRAFT, PostingStatus.PUBLISHED]);
  const content = validatePostingFields(command.fields, facility.kind);
  const hash = requestHash(content, status);

  return db.transaction(async (m) => {
    const values = { ...content, ...searchKeys(content) };
    const columns = Object.keys(values) as (keyof typeof values)[];
    const params: unknown[] = [facility.dbId, facility.prefectureCode, command.idempotencyKey, hash, status, viewer.accountId];
    const placeholders = columns.map((column) => {
      params.push(values[column]);
      return `$${params.length}`;
    });
    const inserted: Record<string, unknown>[] = await m.query(
      `INSERT INTO posting (facility_id, facility_prefecture_code, idempotency_key, request_hash, status, created_by, updated_by,
         created_at, updated_at, published_at, ${columns.map((c) => COLUMNS[c]).join(', ')})
       VALUES ($1, $2, $3, $4, $5, $6, $6, date_trunc('milliseconds', now()), date_trunc('milliseconds', now()),
         CASE WHEN $5 = 'PUBLISHED' THEN date_trunc('milliseconds', now()) END, ${placeholders.join(', ')})
       ON CONFLICT ON CONSTRAINT posting_idempotency_key DO NOTHING
       RETURNING id`,
      params,
    );
    const repository = m.getRepository(Posting);
    if (inserted.length === 0) {
      // Another request with this key got there first (possibly still committing: ON CONFLICT waited for it).
      const existing = await repository.findOneByOrFail({ facilityId: facility.dbId, idempotencyKey: command.idempotencyKey });
      if (existing.requestHash !== hash) {
        throw conflict('この登録キーは別の内容の登録に使われています。画面を開き直してから登録してください。');
      }
      return { posting: existing, created: false };
    }
    const posting = await repository.findOneByOrFail({ dbId: Number(inserted[0].id) });
    await recordPostingChange(m, posting, 'CREATED', viewer, diffPosting(null, posting));
    await appendKeyNetEvent(m, null, posting, async () => facility.name);
    return { posting, created: true };
  });
}

export interface UpdatePostingCommand {
  postingDbId: number;
  /** The version the editor loaded; saving over a newer version is a CONFLICT. */
  version: number;
  status?: PostingStatus | null;
  fields: PostingFields;
}

/** Which status a posting may move to from its current one. Once on Key-Net, it never goes back to draft. */
const NEXT_STATUSES: Record<PostingStatus, PostingStatus[]> = {
  DRAFT: [PostingStatus.DRAFT, PostingStatus.PUBLISHED],
  PUBLISHED: [PostingStatus.PUBLISHED, PostingStatus.CLOSED],
  CLOSED: [PostingStatus.CLOSED, PostingStatus.PUBLISHED],
};

/**
 * Saves an edit (「保存」 on 編集) with optimistic locking: the row is locked, its version compared
 * with the one the editor loaded, and only then changed. The history row and the Key-Net event
 * are written in the same transaction.
 */
export async function updatePosting(db: DataSource, viewer: Viewer, command: UpdatePostingCommand): Promise<Posting> {
  return db.transaction(async (m) => {
    const repository = m.getRepository(Posting);
    const before = await repository
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: command.postingDbId })
      .getOne();
    if (!before || postingAccess(viewer, before) === 'NONE') throw notFound('人材募集が見つかりません。');
    if (!canEditPosting(viewer, before)) throw forbidden('この人材募集を編集する権限がありません。');
    if (before.version !== command.version) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `この人材募集は他の利用者によって更新されています (現在の版: ${before.version})。最新の内容を読み込み直してから編集してください。`,
        { currentVersion: before.version },
      );
    }
    const facility = await m.getRepository(Facility).findOneByOrFail({ dbId: before.facilityId });
    const status = command.status ?? before.status;
    checkStatus(status, NEXT_STATUSES[before.status]);
    const content = validatePostingFields(command.fields, facility.kind);

    const after = Object.assign(new Posting(), before, content, { status });
    const changes = diffPosting(before, after);
    if (changes.length === 0) return before;

    const values = { ...content, ...searchKeys(content) };
    const columns = Object.keys(values) as (keyof typeof values)[];
    const params: unknown[] = [before.dbId, before.version, status, viewer.accountId];
    const assignments = columns.map((column) => {
      params.push(values[column]);
      return `${COLUMNS[column]} = $${params.length}`;
    });
    // For UPDATE, TypeORM's PostgreSQL driver answers [rows, affectedCount].
    const [, affected]: [unknown[], number] = await m.query(
      `UPDATE posting SET ${assignments.join(', ')}, status = $3, updated_by = $4, version = version + 1,
         updated_at = greatest(date_trunc('milliseconds', now()), updated_at + interval '1 millisecond'),
         published_at = CASE WHEN $3 = 'PUBLISHED' AND status <> 'PUBLISHED' THEN date_trunc('milliseconds', now()) ELSE published_at END,
         closed_at = CASE WHEN $3 = 'CLOSED' THEN coalesce(closed_at, date_trunc('milliseconds', now())) ELSE NULL END
       WHERE id = $1 AND version = $2 RETURNING id`,
      params,
    );
    if (affected !== 1)
      throw conflict('この人材募集は他の利用者によって更新されています。最新の内容を読み込み直してから編集してください。');
    const saved = await repository.findOneByOrFail({ dbId: before.dbId });
    await recordPostingChange(m, saved, 'UPDATED', viewer, diffPosting(before, saved));
    await appendKeyNetEvent(m, before, saved, async () => facility.name);
    if (before.maskingRequested !== saved.maskingRequested) {
      await recordAudit(m, {
        action: AuditAction.POSTING_MASKING_CHANGED,
        actorAccountId: viewer.accountId ?? null,
        subject: toGlobalId('Posting', saved.dbId),
        details: { version: saved.version, maskingRequested: saved.maskingRequested },
      });
    }
    return saved;
  });
}
