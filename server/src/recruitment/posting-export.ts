import { Field, Int, ObjectType } from 'type-graphql';
import type { Page } from '../graphql/connection';
import { type CsvColumn, CsvWriter, UTF8_BOM } from '../shared/csv.writer';
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

interface PostingRow {
  view: PostingView;
  facilityName: string | null;
}

/**
 * The columns of a posting export, read from the reader's view (`maskForViewer`): a field masked
 * for the reader is an empty cell and named in 「非公開項目」, exactly as on screen. Cells follow
 * the service's one CSV writer (quoting, formula injection, codes as ="0101" for Excel).
 */
const COLUMNS: CsvColumn<PostingRow>[] = [
  { header: 'ID', value: ({ view }) => view.id },
  { header: '募集タイトル', value: ({ view }) => view.title },
  { header: '職種', value: ({ view }) => view.occupationLabel },
  { header: '雇用形態', value: ({ view }) => view.employmentTypeLabel },
  { header: '募集人数', kind: 'number', value: ({ view }) => view.openings },
  { header: '業務内容', value: ({ view }) => view.duties },
  { header: '必要な資格・経験', value: ({ view }) => view.qualifications },
  { header: '勤務時間', value: ({ view }) => view.workingHours },
  { header: '給与', value: ({ view }) => view.pay },
  { header: '募集期間・勤務期間', value: ({ view }) => view.period },
  { header: '住所(都道府県)', kind: 'code', value: ({ view }) => view.workPrefectureCode },
  { header: '医療機関名', value: ({ facilityName }) => facilityName },
  { header: '郵便番号', kind: 'code', value: ({ view }) => view.workPostalCode },
  { header: '住所(市区町村・番地等)', value: ({ view }) => view.workAddress },
  { header: '住所(具体的な施設名)', value: ({ view }) => view.workFacilityName },
  { header: '担当者氏名', value: ({ view }) => view.contactName },
  { header: '所在地', value: ({ view }) => view.contactLocation },
  { header: '応募担当電話番号', value: ({ view }) => view.contactPhone },
  { header: 'E-mail', value: ({ view }) => view.contactEmail },
  { header: 'マスキング希望', value: ({ view }) => (view.maskingRequested ? '希望する' : '希望しない') },
  { header: '非公開項目', value: ({ view }) => view.maskedFields.filter((f) => f !== 'facility').join(' ') },
  { header: '掲載状態', value: ({ view }) => POSTING_STATUS_LABELS[view.status] },
  { header: '版', kind: 'number', value: ({ view }) => view.version },
  { header: '更新日時', value: ({ view }) => view.updatedAt.toISOString() },
];

const WRITER = new CsvWriter(COLUMNS, undefined);

export async function postingsCsv(
  name: string,
  page: Page<Posting>,
  view: (posting: Posting) => PostingView | null,
  facilityName: (facilityDbId: number) => Promise<string | null>,
): Promise<CsvExport> {
  const views = page.edges.map((edge) => view(edge.node)).filter((v): v is PostingView => v !== null);
  const names = await Promise.all(views.map((v) => (v.facilityDbId === null ? Promise.resolve(null) : facilityName(v.facilityDbId))));
  const rows = views.map((view, i) => ({ view, facilityName: names[i] }));
  const content = UTF8_BOM + WRITER.document(rows);
  return {
    fileName: `${name}.csv`,
    contentType: 'text/csv; charset=utf-8',
    rowCount: rows.length,
    truncated: page.pageInfo.hasNextPage,
    content,
  };
}
