import type { ReactNode, RefObject } from 'react';
import type { ApiProblem } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus, ResultCount } from '../../components/StatusLine';
import { BED_REPORT_SCREEN_LIMIT } from '../../limits';
import { BedExportPanel } from './BedExportPanel';
import { BED_REPORT_FIELDS } from './BedReportSearchForm';
import { number } from './bed-labels';
import type { BedReportCriteria } from './bed-report-params';

function ScreenLimitNotice({ totalCount, shown }: { totalCount: number; shown: number }) {
  if (totalCount <= shown) return null;
  return (
    <p className="message message--notice" role="note">
      画面に表示できるのは{number.format(BED_REPORT_SCREEN_LIMIT)}件までです（該当 {number.format(totalCount)}
      件）。すべての情報を確認するには「エクスポート」からダウンロードしてください。
    </p>
  );
}

/**
 * The results block of both report screens (レポート and 全項目表示): heading with エクスポート, errors,
 * loading state, 該当件数 with the screen's own notes, the notice when more rows match than a screen shows, and the table.
 */
export function BedReportResults({
  headingId,
  heading,
  headingRef,
  criteria,
  problem,
  loading,
  counts,
  notes,
  children,
}: {
  headingId: string;
  heading: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  criteria: BedReportCriteria;
  problem: ApiProblem | null;
  loading: boolean;
  /** null until the first answer. */
  counts: { totalCount: number; shown: number } | null;
  /** Further lines under 該当件数. */
  notes?: ReactNode;
  /** The table. */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} aria-busy={loading}>
      <div className="result-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
        <BedExportPanel criteria={criteria} />
      </div>
      <ErrorMessage problem={problem} fields={BED_REPORT_FIELDS} />
      <LoadingStatus loading={loading} />
      {counts ? (
        <>
          <div className="result-summary">
            <ResultCount total={counts.totalCount} />
            {notes}
          </div>
          <ScreenLimitNotice totalCount={counts.totalCount} shown={counts.shown} />
          {children}
        </>
      ) : null}
    </section>
  );
}
