import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, recordAudit } from '../audit/audit-log';
import type { Viewer } from '../auth/viewer';
import { badUserInput, conflict, forbidden, notFound } from '../graphql/errors';
import { fromGlobalId, Node, rowIdOf, toGlobalId } from '../graphql/node';
import { searchKey } from '../shared/japanese-text';
import {
  canEditFolder,
  canSeeFolder,
  type FolderAccess,
  isReportBuilder,
  organisationKeyOf,
  ReportFolderKind,
  ReportSharing,
  viewerParameters,
  visibleFolderSql,
} from './report-access';

registerEnumType(ReportFolderKind, {
  name: 'ReportFolderKind',
  description: 'フォルダの種類 (誰が編集できるか)',
  valuesConfig: {
    SYSTEM: { description: 'システムフォルダ: 事務局だけが編集でき、全員が参照できる' },
    SHARED: { description: '共有フォルダ: 所属組織の作成者が編集し、共有範囲の人が参照できる' },
    PRIVATE: { description: '個人フォルダ: 作成者だけが参照・編集できる' },
  },
});

registerEnumType(ReportSharing, {
  name: 'ReportSharing',
  description: 'フォルダの共有範囲 (誰が参照できるか)',
  valuesConfig: {
    OWNER: { description: '作成者のみ (個人フォルダ)' },
    ORGANISATION: { description: '同じ組織 (医療機関・保健所・都道府県、分析担当・事務局はそれぞれ一つの組織)' },
    PREFECTURE: { description: '同じ都道府県のアカウント' },
    EVERYONE: { description: 'ログインしている全員' },
  },
});

/** The deepest a folder may sit (すべてのフォルダ's folders are depth 1). */
export const MAX_FOLDER_DEPTH = 8;
/** Folders in one folder; also the most top-level folders listed. */
export const MAX_FOLDER_CHILDREN = 200;

@ObjectType('ReportFolder', { implements: Node, description: 'レポートフォルダ' })
export class ReportFolder extends Node implements FolderAccess {
  dbId!: number;
  parentDbId!: number | null;
  ownerAccountId!: number | null;
  organisationKey!: string | null;
  systemKey!: string | null;
  depth!: number;

  @Field(() => String, { description: 'フォルダ名' }) name!: string;
  @Field(() => ReportFolderKind) kind!: ReportFolderKind;
  @Field(() => ReportSharing, { description: '共有範囲 (サブフォルダは最上位のフォルダの範囲を引き継ぐ)' }) sharing!: ReportSharing;
  @Field(() => String, { nullable: true, description: '共有範囲が PREFECTURE のときの都道府県コード' }) prefectureCode!: string | null;
  @Field(() => Date) updatedAt!: Date;
}

/** The columns every folder read selects (alias f). */
export const FOLDER_COLUMNS = `f.id, f.parent_id, f.name, f.kind, f.sharing, f.owner_account_id, f.organisation_key, f.prefecture_code,
  f.system_key, f.depth, f.updated_at`;

export function folderFromRow(row: Record<string, unknown>): ReportFolder {
  return Object.assign(new ReportFolder(), {
    dbId: row.id as number,
    id: toGlobalId('ReportFolder', row.id as number),
    parentDbId: row.parent_id as number | null,
    name: row.name as string,
    kind: row.kind as ReportFolderKind,
    sharing: row.sharing as ReportSharing,
    ownerAccountId: row.owner_account_id as number | null,
    organisationKey: row.organisation_key as string | null,
    prefectureCode: row.prefecture_code as string | null,
    systemKey: row.system_key as string | null,
    depth: row.depth as number,
    updatedAt: row.updated_at as Date,
  });
}

export function folderIdOf(globalId: string, field = 'id'): number {
  const { type, localId } = fromGlobalId(globalId);
  if (type !== 'ReportFolder')
    throw badUserInput('フォルダのIDが正しくありません。', [{ field, message: 'フォルダのIDが正しくありません。' }]);
  return rowIdOf(localId, field);
}

type Query = Pick<EntityManager, 'query'>;

/** Folders by id that the viewer may see (others are left out, as if missing). */
export async function visibleFoldersById(m: Query, viewer: Viewer, ids: readonly number[]): Promise<ReportFolder[]> {
  const rows = await m.query(`SELECT ${FOLDER_COLUMNS} FROM report_folder f WHERE f.id = ANY($1::int[]) AND ${visibleFolderSql('f', 2)}`, [
    ids,
    ...viewerParameters(viewer),
  ]);
  return rows.map(folderFromRow);
}

const FOLDER_ORDER = `CASE f.kind WHEN 'SYSTEM' THEN 0 WHEN 'SHARED' THEN 1 ELSE 2 END, f.name, f.id`;

/** The visible folders in each of `parentIds`, system folders first, then shared, then private, by name. */
export async function visibleChildFolders(m: Query, viewer: Viewer, parentIds: readonly number[]): Promise<Map<number, ReportFolder[]>> {
  const rows = await m.query(
    `SELECT ${FOLDER_COLUMNS} FROM report_folder f WHERE f.parent_id = ANY($1::int[]) AND ${visibleFolderSql('f', 2)} ORDER BY ${FOLDER_ORDER}`,
    [parentIds, ...viewerParameters(viewer)],
  );
  const byParent = new Map<number, ReportFolder[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(row.parent_id)?.push(folderFromRow(row));
  return byParent;
}

/** すべてのフォルダ: the visible top-level folders (at most MAX_FOLDER_CHILDREN). */
export async function visibleTopFolders(m: Query, viewer: Viewer): Promise<ReportFolder[]> {
  const rows = await m.query(
    `SELECT ${FOLDER_COLUMNS} FROM report_folder f WHERE f.parent_id IS NULL AND ${visibleFolderSql('f', 1)} ORDER BY ${FOLDER_ORDER} LIMIT $4`,
    [...viewerParameters(viewer), MAX_FOLDER_CHILDREN],
  );
  return rows.map(folderFromRow);
}

/** The most folders one page of 移動先・保存先 offers (a select of paths; more are paged, or found by their name). */
export const MAX_DESTINATION_PAGE = 500;

/** A folder the viewer may write into, with the names of its path (the top folder first, itself last). */
export interface DestinationFolder {
  folder: ReportFolder;
  path: string[];
  /** The global ids of the same path (a form leaves out a folder being moved and everything in it). */
  pathIds: string[];
}

/**
 * 移動先・保存先: every folder the viewer may save reports and make folders in, at any depth, in
 * the order of すべてのフォルダ (system, shared, private) and then of their paths; none is left
 * out (the field pages them: destinationPage). The visible folders are walked down from the
 * visible top folders in one statement; who may edit each is decided by canEditFolder, as for
 * every other edit.
 */
export async function destinationFolders(m: Query, viewer: Viewer): Promise<DestinationFolder[]> {
  if (!isReportBuilder(viewer)) return [];
  const rows = await m.query(
    `WITH RECURSIVE tree (id, path, path_ids) AS (
       SELECT f.id, ARRAY[f.name], ARRAY[f.id] FROM report_folder f WHERE f.parent_id IS NULL AND ${visibleFolderSql('f', 1)}
       UNION ALL
       SELECT f.id, tree.path || f.name, tree.path_ids || f.id
         FROM tree JOIN report_folder f ON f.parent_id = tree.id WHERE ${visibleFolderSql('f', 1)})
     SELECT ${FOLDER_COLUMNS}, tree.path, tree.path_ids FROM tree JOIN report_folder f ON f.id = tree.id
     ORDER BY CASE f.kind WHEN 'SYSTEM' THEN 0 WHEN 'SHARED' THEN 1 ELSE 2 END, tree.path, f.id`,
    viewerParameters(viewer),
  );
  const destinations: DestinationFolder[] = [];
  for (const row of rows) {
    const folder = folderFromRow(row);
    if (!canEditFolder(viewer, folder)) continue;
    destinations.push({
      folder,
      path: row.path as string[],
      pathIds: (row.path_ids as number[]).map((id) => toGlobalId('ReportFolder', id)),
    });
  }
  return destinations;
}

/** Where a page of destinations starts: after the folder of this id (the previous page's last). */
export type DestinationKey = [number];
export const isDestinationKey = (key: unknown[]): key is DestinationKey =>
  key.length === 1 && Number.isInteger(key[0]) && (key[0] as number) >= 1 && (key[0] as number) <= 2 ** 31 - 1;

/**
 * One page of the destinations: those whose path has a folder name containing `text` (full-/half-
 * width, case and spaces ignored, as レポートを検索), after the folder of `after`, at most `first`,
 * with how many match in all. A cursor whose folder is no longer offered is BAD_USER_INPUT on `after`.
 */
export function destinationPage(
  all: readonly DestinationFolder[],
  args: { first: number; after: DestinationKey | null; text: string | null },
): { rows: DestinationFolder[]; hasMore: boolean; totalCount: number } {
  const key = args.text === null ? '' : searchKey(args.text);
  const matching = key === '' ? all : all.filter((d) => d.path.some((name) => searchKey(name).includes(key)));
  let start = 0;
  if (args.after) {
    const [afterId] = args.after;
    const at = matching.findIndex((d) => d.folder.dbId === afterId);
    if (at < 0) {
      throw badUserInput('移動先の一覧が変わりました。最初から表示し直してください。', [
        { field: 'after', message: '移動先の一覧が変わりました。最初から表示し直してください。' },
      ]);
    }
    start = at + 1;
  }
  const rows = matching.slice(start, start + args.first);
  return { rows, hasMore: start + args.first < matching.length, totalCount: matching.length };
}

/** The folders above each of `ids`, the top folder first (the breadcrumb after すべてのフォルダ). */
export async function ancestorsOf(m: Query, ids: readonly number[]): Promise<Map<number, ReportFolder[]>> {
  const rows = await m.query(
    `WITH RECURSIVE up (start_id, folder_id) AS (
       SELECT id, parent_id FROM report_folder WHERE id = ANY($1::int[]) AND parent_id IS NOT NULL
       UNION ALL
       SELECT up.start_id, p.parent_id FROM up JOIN report_folder p ON p.id = up.folder_id WHERE p.parent_id IS NOT NULL)
     SELECT up.start_id, ${FOLDER_COLUMNS} FROM up JOIN report_folder f ON f.id = up.folder_id ORDER BY up.start_id, f.depth`,
    [ids],
  );
  const byStart = new Map<number, ReportFolder[]>(ids.map((id) => [id, []]));
  for (const row of rows) byStart.get(row.start_id)?.push(folderFromRow(row));
  return byStart;
}

async function lockedFolder(m: EntityManager, viewer: Viewer, id: number, field = 'id'): Promise<ReportFolder> {
  const [row] = await m.query(`SELECT ${FOLDER_COLUMNS} FROM report_folder f WHERE f.id = $1 FOR UPDATE`, [id]);
  const folder = row ? folderFromRow(row) : null;
  if (!folder || !canSeeFolder(viewer, folder)) {
    throw field === 'id'
      ? notFound('フォルダが見つかりません。')
      : badUserInput('フォルダが見つかりません。', [{ field, message: 'フォルダが見つかりません。' }]);
  }
  return folder;
}

/** A folder the viewer may change, locked for the rest of the transaction. */
export async function editableFolder(m: EntityManager, viewer: Viewer, id: number, field = 'id'): Promise<ReportFolder> {
  const folder = await lockedFolder(m, viewer, id, field);
  if (!canEditFolder(viewer, folder)) {
    throw forbidden(
      folder.kind === ReportFolderKind.SYSTEM ? 'システムフォルダは編集できません。' : 'このフォルダを編集する権限がありません。',
    );
  }
  return folder;
}

function checkName(value: string, field = 'name'): string {
  const name = value.normalize('NFKC').trim();
  if (name.length < 1 || name.length > 80)
    throw badUserInput('フォルダ名を1〜80文字で入力してください。', [{ field, message: '1〜80文字で入力してください。' }]);
  return name;
}

async function checkSiblingName(m: Query, parentId: number | null, name: string, exceptId: number | null): Promise<void> {
  if (parentId === null) return;
  const [taken] = await m.query(`SELECT 1 FROM report_folder WHERE parent_id = $1 AND name = $2 AND id IS DISTINCT FROM $3`, [
    parentId,
    name,
    exceptId,
  ]);
  if (taken)
    throw badUserInput('同じ名前のフォルダがあります。', [{ field: 'name', message: '同じフォルダに同じ名前のフォルダがあります。' }]);
}

/** What a top-level folder shared as `sharing` by `viewer` stores. */
function topSharing(viewer: Viewer, sharing: ReportSharing): Omit<FolderAccess, 'kind'> & { kind: ReportFolderKind } {
  const organisationKey = organisationKeyOf(viewer);
  if (sharing === ReportSharing.OWNER) {
    return { kind: ReportFolderKind.PRIVATE, sharing, ownerAccountId: viewer.accountId, organisationKey, prefectureCode: null };
  }
  if (sharing === ReportSharing.PREFECTURE && !viewer.prefectureCode) {
    throw badUserInput('都道府県に属さないアカウントは、都道府県で共有できません。', [
      { field: 'sharing', message: '都道府県に属さないアカウントは選べません。' },
    ]);
  }
  return {
    kind: ReportFolderKind.SHARED,
    sharing,
    ownerAccountId: viewer.accountId,
    organisationKey,
    prefectureCode: sharing === ReportSharing.PREFECTURE ? viewer.prefectureCode : null,
  };
}

export interface NewFolder {
  name: string;
  parentId?: string | null;
  sharing?: ReportSharing | null;
}

export async function createFolder(db: DataSource, viewer: Viewer, input: NewFolder): Promise<ReportFolder> {
  if (!isReportBuilder(viewer)) throw forbidden();
  const name = checkName(input.name);
  const parentId = input.parentId ? folderIdOf(input.parentId, 'parentId') : null;
  return db.transaction(async (m) => {
    let access: FolderAccess;
    let depth = 1;
    if (parentId !== null) {
      const parent = await editableFolder(m, viewer, parentId, 'parentId');
      if (input.sharing && input.sharing !== parent.sharing) {
        throw badUserInput('サブフォルダの共有範囲は親フォルダと同じです。', [
          { field: 'sharing', message: 'サブフォルダは親フォルダの共有範囲を引き継ぎます。' },
        ]);
      }
      depth = parent.depth + 1;
      if (depth > MAX_FOLDER_DEPTH) {
        throw badUserInput(`フォルダは${MAX_FOLDER_DEPTH}階層までです。`, [{ field: 'parentId', message: `これ以上深くできません。` }]);
      }
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM report_folder WHERE parent_id = $1`, [parentId]);
      if (count >= MAX_FOLDER_CHILDREN) {
        throw badUserInput(`1つのフォルダに作れるフォルダは${MAX_FOLDER_CHILDREN}までです。`, [
          { field: 'parentId', message: 'フォルダが多すぎます。' },
        ]);
      }
      access = parent;
      await checkSiblingName(m, parentId, name, null);
    } else {
      if (!input.sharing) throw badUserInput('共有範囲を選んでください。', [{ field: 'sharing', message: '共有範囲を選んでください。' }]);
      access = topSharing(viewer, input.sharing);
    }
    const [row] = await m.query(
      `INSERT INTO report_folder AS f (parent_id, name, kind, sharing, owner_account_id, organisation_key, prefecture_code, depth)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${FOLDER_COLUMNS}`,
      [parentId, name, access.kind, access.sharing, access.ownerAccountId, access.organisationKey, access.prefectureCode, depth],
    );
    return folderFromRow(row);
  });
}

export async function renameFolder(db: DataSource, viewer: Viewer, id: string, newName: string): Promise<ReportFolder> {
  const folderId = folderIdOf(id);
  const name = checkName(newName);
  return db.transaction(async (m) => {
    const folder = await editableFolder(m, viewer, folderId);
    if (folder.systemKey) throw forbidden('システムフォルダの名前は変更できません。');
    await checkSiblingName(m, folder.parentDbId, name, folder.dbId);
    await m.query(`UPDATE report_folder SET name = $2, updated_at = now() WHERE id = $1`, [folderId, name]);
    return Object.assign(folder, { name });
  });
}

/**
 * Gives a folder and everything under it the access of `access` and the depth below `parentDepth`
 * (one statement over the subtree): sub-folders always share as their top folder does.
 */
async function applyToSubtree(m: EntityManager, folderId: number, access: FolderAccess, parentId: number | null, parentDepth: number) {
  const subtree = `WITH RECURSIVE tree (id, depth) AS (
       SELECT id, $2::int + 1 FROM report_folder WHERE id = $1
       UNION ALL
       SELECT c.id, tree.depth + 1 FROM tree JOIN report_folder c ON c.parent_id = tree.id)`;
  const [{ deepest }] = await m.query(`${subtree} SELECT max(depth)::int AS deepest FROM tree`, [folderId, parentDepth]);
  if (deepest > MAX_FOLDER_DEPTH) {
    throw badUserInput(`フォルダは${MAX_FOLDER_DEPTH}階層までです。`, [{ field: 'parentId', message: 'これ以上深くできません。' }]);
  }
  await m.query(
    `${subtree}
     UPDATE report_folder f SET kind = $3, sharing = $4, owner_account_id = $5, organisation_key = $6, prefecture_code = $7,
       depth = tree.depth, parent_id = CASE WHEN f.id = $1 THEN $8::int ELSE f.parent_id END, updated_at = now()
     FROM tree WHERE f.id = tree.id`,
    [folderId, parentDepth, access.kind, access.sharing, access.ownerAccountId, access.organisationKey, access.prefectureCode, parentId],
  );
}

const sameAccess = (a: FolderAccess, b: FolderAccess) =>
  a.kind === b.kind &&
  a.sharing === b.sharing &&
  a.ownerAccountId === b.ownerAccountId &&
  a.organisationKey === b.organisationKey &&
  a.prefectureCode === b.prefectureCode;

/** Moves a folder (with everything in it) into another folder, or to すべてのフォルダ (parentId null). */
export async function moveFolder(
  db: DataSource,
  viewer: Viewer,
  id: string,
  newParentId: string | null | undefined,
  clientAddress?: string,
) {
  const folderId = folderIdOf(id);
  const parentId = newParentId ? folderIdOf(newParentId, 'parentId') : null;
  return db.transaction(async (m) => {
    const folder = await editableFolder(m, viewer, folderId);
    if (folder.systemKey) throw forbidden('システムフォルダは移動できません。');
    let access: FolderAccess = folder;
    let parentDepth = 0;
    if (parentId !== null) {
      const parent = await editableFolder(m, viewer, parentId, 'parentId');
      const [inside] = await m.query(
        `WITH RECURSIVE up (id, parent_id) AS (SELECT id, parent_id FROM report_folder WHERE id = $1
           UNION ALL SELECT p.id, p.parent_id FROM up JOIN report_folder p ON p.id = up.parent_id)
         SELECT 1 FROM up WHERE id = $2`,
        [parentId, folderId],
      );
      if (inside)
        throw badUserInput('フォルダを自分の中に移動することはできません。', [
          { field: 'parentId', message: '移動先が移動するフォルダの中です。' },
        ]);
      access = parent;
      parentDepth = parent.depth;
    } else if (folder.kind === ReportFolderKind.SYSTEM) {
      throw badUserInput('システムフォルダの中のフォルダは、すべてのフォルダには移動できません。', [
        { field: 'parentId', message: 'システムフォルダの中で移動してください。' },
      ]);
    }
    await checkSiblingName(m, parentId, folder.name, folder.dbId);
    await applyToSubtree(m, folderId, access, parentId, parentDepth);
    if (folder.parentDbId !== parentId) {
      await recordAudit(m, {
        action: AuditAction.REPORT_MOVED,
        actorAccountId: viewer.accountId,
        subject: `report-folder:${folder.dbId}`,
        clientAddress,
        details: { name: folder.name, fromFolderId: folder.parentDbId, toFolderId: parentId },
      });
    }
    if (!sameAccess(folder, access)) await auditSharing(m, viewer, folder, access, clientAddress);
    const [row] = await m.query(`SELECT ${FOLDER_COLUMNS} FROM report_folder f WHERE f.id = $1`, [folderId]);
    return folderFromRow(row);
  });
}

async function auditSharing(m: EntityManager, viewer: Viewer, folder: ReportFolder, access: FolderAccess, clientAddress?: string) {
  await recordAudit(m, {
    action: AuditAction.REPORT_SHARED,
    actorAccountId: viewer.accountId,
    subject: `report-folder:${folder.dbId}`,
    clientAddress,
    details: { name: folder.name, before: folder.sharing, after: access.sharing, prefectureCode: access.prefectureCode },
  });
}

/** Changes who may see a top-level folder (and so everything in it). */
export async function shareFolder(db: DataSource, viewer: Viewer, id: string, sharing: ReportSharing, clientAddress?: string) {
  const folderId = folderIdOf(id);
  return db.transaction(async (m) => {
    const folder = await editableFolder(m, viewer, folderId);
    if (folder.kind === ReportFolderKind.SYSTEM) throw forbidden('システムフォルダの共有範囲は変更できません。');
    if (folder.parentDbId !== null) {
      throw badUserInput('共有範囲は最上位のフォルダで変更します。', [
        { field: 'sharing', message: 'サブフォルダは親フォルダの共有範囲を引き継ぎます。' },
      ]);
    }
    const access = topSharing(viewer, sharing);
    if (!sameAccess(folder, access)) {
      await applyToSubtree(m, folderId, access, null, 0);
      await auditSharing(m, viewer, folder, access, clientAddress);
    }
    const [row] = await m.query(`SELECT ${FOLDER_COLUMNS} FROM report_folder f WHERE f.id = $1`, [folderId]);
    return folderFromRow(row);
  });
}

/**
 * Deletes an empty folder. A folder with folders or reports in it is refused (CONFLICT): the
 * dashboard confirms the deletion, and nothing is ever deleted that the confirmation did not show.
 */
export async function deleteFolder(db: DataSource, viewer: Viewer, id: string, clientAddress?: string): Promise<string> {
  const folderId = folderIdOf(id);
  return db.transaction(async (m) => {
    const folder = await editableFolder(m, viewer, folderId);
    if (folder.systemKey) throw forbidden('システムフォルダは削除できません。');
    const [{ contents }] = await m.query(
      `SELECT (SELECT count(*) FROM report_folder WHERE parent_id = $1) + (SELECT count(*) FROM saved_report WHERE folder_id = $1) AS contents`,
      [folderId],
    );
    if (Number(contents) > 0)
      throw conflict('フォルダが空ではありません。中のフォルダとレポートを移動または削除してから削除してください。');
    await m.query(`DELETE FROM report_folder WHERE id = $1`, [folderId]);
    await recordAudit(m, {
      action: AuditAction.REPORT_DELETED,
      actorAccountId: viewer.accountId,
      subject: `report-folder:${folder.dbId}`,
      clientAddress,
      details: { name: folder.name, folderId: folder.parentDbId },
    });
    return folder.id;
  });
}
