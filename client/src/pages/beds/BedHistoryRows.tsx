import type { Column } from '../../components/DataTable';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { BedSnapshot_HistoryRowFragment } from '../../gql/graphql';
import type { ReactNode } from 'react';
import { ACCEPTANCE_LABEL, formatReportTime, number } from './bed-labels';

/**
 * One past report in a facility's list of reports: the detail page's 報告の履歴 (and its chart)
 * and 病床状況報告's 最近の報告 select this fragment and show the same figures.
 */
export const BedSnapshot_HistoryRow = graphql(`
  fragment BedSnapshot_HistoryRow on BedSnapshot {
    id
    reportedAt
    securedTotal
    vacantTotal
    inpatientAcceptance
    emergencyAcceptance
    amended
    superseded
    correctedAt
  }
`);

export type BedHistoryRow = BedSnapshot_HistoryRowFragment;

export const readBedHistoryRow = (ref: FragmentType<typeof BedSnapshot_HistoryRow>): BedHistoryRow =>
  getFragmentData(BedSnapshot_HistoryRow, ref);

/**
 * 報告日時 of a past report with its 訂正 marks: 「訂正あり」 on a correction (and the time it was
 * corrected) and on a report a later correction replaced, which also reads 訂正前.
 */
export function ReportTimeWithCorrection({ row, children }: { row: BedHistoryRow; children: ReactNode }) {
  return (
    <span>
      {children}
      {row.amended ? (
        <>
          {' '}
          <span className="badge badge--amended" title={row.correctedAt ? `${formatReportTime(row.correctedAt)}に訂正` : undefined}>
            訂正あり
          </span>
        </>
      ) : null}
      {row.superseded ? <span className="bed-history-superseded">（訂正前）</span> : null}
    </span>
  );
}

/** The figures of each past report, after its 報告日時: 空床数, 確保病床数, 入院受入, 救急受入. */
export const HISTORY_FIGURE_COLUMNS: Column<BedHistoryRow>[] = [
  { key: 'vacant', header: '空床数', render: (s) => number.format(s.vacantTotal), numeric: true },
  { key: 'secured', header: '確保病床数', render: (s) => number.format(s.securedTotal), numeric: true },
  { key: 'inpatient', header: '入院受入', render: (s) => ACCEPTANCE_LABEL[s.inpatientAcceptance], nowrap: true },
  { key: 'emergency', header: '救急受入', render: (s) => ACCEPTANCE_LABEL[s.emergencyAcceptance], nowrap: true },
];
