import { stringify } from 'csv-stringify/sync';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Page } from '../graphql/connection';
import { POSTING_STATUS_LABELS, type Posting } from './posting.entity';
import type { PostingView } from './posting.view';

/** Rows one export may hold; a larger list must be narrowed by the search first. */
export const MAX_EXPORT_ROWS = 5000;

@ObjectType('CsvExport', { description: 'エクスポート (CSV, UTF-8 BOM 付き: Excel でそのまま開ける)' })
export class CsvExport {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) rowCount!: number;
  @Field(() => Boolean, { description: `${MAX_EXPORT_ROWS}件を超えたため先頭の${MAX_EXPORT_ROWS}件だけを含む` }) truncated!: boolean;
  @Field(() => String) content!: string;
}

/**
 * The columns of a posting export, read from the reader's view (`maskForViewer`): a field masked
 * for the reader is an empty cell and named in 「非公開項目」, exactly as on screen.
 */
const COLUMNS: [string, (view: PostingView, facilityName: string | null) => string | number | null][] = [
  ['ID', (v) => v.id],
  ['募集タイトル', (v) => v.title],
  ['職種', (v) => v.occupationLabel],
  ['雇用形態', (v) => v.employmentTypeLabel],
  ['募集人数', (v) => v.openings],
  ['業務内容', (v) => v.duties],
  ['必要な資格・経験', (v) => v.qualifications],
  ['勤務時間', (v) => v.workingHours],
  ['給与', (v) => v.pay],
  ['募集期間・勤務期間', (v) => v.period],
  ['住所(都道府県)', (v) => v.workPrefectureCode],
  ['医療機関名', (_v, facilityName) => facilityName],
  ['郵便番号', (v) => v.workPostalCode],
  ['住所(市区町村・番地等)', (v) => v.workAddress],
  ['住所(具体的な施設名)', (v) => v.workFacilityName],
  ['担当者氏名', (v) => v.contactName],
  ['所在地', (v) => v.contactLocation],
  ['応募担当電話番号', (v) => v.contactPhone],
  ['E-mail', (v) => v.contactEmail],
  ['マスキング希望', (v) => (v.maskingRequested ? '希望する' : '希望しない')],
  ['非公開項目', (v) => v.maskedFields.filter((f) => f !== 'facility').join(' ')],
  ['掲載状態', (v) => POSTING_STATUS_LABELS[v.status]],
  ['版', (v) => v.version],
  ['更新日時', (v) => v.updatedAt.toISOString()],
];

/** Spreadsheet programs run cells that start with = + - @ as formulas: such text gets a leading quote. */
const defuse = (value: string | number | null) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? ''));

export async function postingsCsv(
  name: string,
  page: Page<Posting>,
  view: (posting: Posting) => PostingView | null,
  facilityName: (facilityDbId: number) => Promise<string | null>,
): Promise<CsvExport> {
  const views = page.edges.map((edge) => view(edge.node)).filter((v): v is PostingView => v !== null);
  const names = await Promise.all(views.map((v) => (v.facilityDbId === null ? null : facilityName(v.facilityDbId))));
  const rows = views.map((v, i) => COLUMNS.map(([, cell]) => defuse(cell(v, names[i]))));
  const content = `\uFEFF${stringify([COLUMNS.map(([header]) => header), ...rows], { record_delimiter: '\r\n' })}`;
  return { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', rowCount: rows.length, truncated: page.pageInfo.hasNextPage, content };
}
