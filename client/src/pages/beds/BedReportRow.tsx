import { Link } from 'react-router';
import type { Column } from '../../components/DataTable';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { AcceptanceStatus, BedReportRow_RowFragment, BedSnapshot_SummaryFragment, StaffingStatus } from '../../gql/graphql';
import { ACCEPTANCE_LABEL, formatDateTime, number, STAFFING_LABEL } from './bed-labels';

/**
 * One facility's line of 地域病床見える化 as every bed screen shows it: the report's table, 全項目表示
 * and the facility's detail page select this fragment, so the three cannot drift apart. Screens that
 * show more add BedSnapshot_Details (the rest of the report) and BedFacility_Contact beside it.
 */
export const BedReportRow_Row = graphql(`
  fragment BedReportRow_Row on BedReportRow {
    lastUpdated
    stale
    facility {
      id
      code
      name
      secondaryMedicalArea {
        id
        code
        name
      }
    }
    latest {
      id
      ...BedSnapshot_Summary
    }
  }
`);

/** The figures of a report the overview shows (受入状況, totals, ventilators); the 病床状況報告 form reads them too. */
export const BedSnapshot_Summary = graphql(`
  fragment BedSnapshot_Summary on BedSnapshot {
    id
    outpatientAcceptance
    inpatientAcceptance
    emergencyAcceptance
    securedTotal
    vacantTotal
    ventilatorsTotal
    ventilatorsInUse
    correctionOf
  }
`);

/** The rest of a report: staffing, ECMO, 備考 and each 病床区分's counts (全項目表示, the detail page, the report form). */
export const BedSnapshot_Details = graphql(`
  fragment BedSnapshot_Details on BedSnapshot {
    id
    staffing
    ecmoTotal
    ecmoInUse
    note
    beds {
      category
      secured
      immediate
      inpatients
      severe
      vacant
    }
  }
`);

/** A facility's address and telephone (全項目表示 and the detail page). */
export const BedFacility_Contact = graphql(`
  fragment BedFacility_Contact on Facility {
    id
    formattedPostalCode
    address
    building
    phone
    prefecture {
      id
      name
    }
  }
`);

export type BedReportRow = Omit<BedReportRow_RowFragment, 'latest'> & { latest: BedSnapshot_SummaryFragment | null };

/** The row with its latest report's figures unmasked. */
export function readBedReportRow(ref: FragmentType<typeof BedReportRow_Row>): BedReportRow {
  const row = getFragmentData(BedReportRow_Row, ref);
  return { ...row, latest: getFragmentData(BedSnapshot_Summary, row.latest) ?? null };
}

/**
 * 最終更新: the time of the latest report, 更新遅れ when it is older than the service's limit, 未報告
 * when there is none, 訂正あり when the latest report is a correction (訂正) of the report of that time.
 */
export function LastUpdated({
  row,
  staleAfterHours,
}: {
  row: Pick<BedReportRow, 'lastUpdated' | 'stale'> & { latest?: { correctionOf?: string | null } | null };
  staleAfterHours?: number;
}) {
  if (!row.lastUpdated) return <span className="badge badge--stale">未報告</span>;
  return (
    <span className="last-updated">
      {formatDateTime(row.lastUpdated)}
      {row.latest?.correctionOf ? (
        <>
          {' '}
          <span className="badge badge--amended">訂正あり</span>
        </>
      ) : null}
      {row.stale ? (
        <>
          {' '}
          <span
            className="badge badge--stale"
            title={staleAfterHours ? `${staleAfterHours}時間以上更新されていません` : '更新が古くなっています'}
          >
            更新遅れ
          </span>
        </>
      ) : null}
    </span>
  );
}

const ACCEPTANCE_TONE: Record<AcceptanceStatus, string | null> = {
  NORMAL: null,
  LIMITED: 'limited',
  SUSPENDED: 'suspended',
  UNANSWERED: 'unanswered',
};
const STAFFING_TONE: Record<StaffingStatus, string | null> = {
  NORMAL: null,
  SHORTAGE: 'limited',
  DEPLETED: 'suspended',
  UNANSWERED: 'unanswered',
};

/** A status word styled by its meaning (停止 and 枯渇 stand out most, 制限 and 欠員あり next, 未回答 muted); the word is always shown. */
function StatusWord({ label, tone }: { label: string; tone: string | null }) {
  return tone ? <span className={`status-cell status-cell--${tone}`}>{label}</span> : <>{label}</>;
}

/** 受入状況 of a report; a facility that has not reported reads 未回答. */
export const acceptance = (value: AcceptanceStatus | undefined) => (
  <StatusWord label={ACCEPTANCE_LABEL[value ?? 'UNANSWERED']} tone={ACCEPTANCE_TONE[value ?? 'UNANSWERED']} />
);

/** 職員の充足状況 of a report, styled as 受入状況 is. */
export const staffing = (value: StaffingStatus | undefined) => (
  <StatusWord label={STAFFING_LABEL[value ?? 'UNANSWERED']} tone={STAFFING_TONE[value ?? 'UNANSWERED']} />
);

/** A count of the latest report, or — when the facility has not reported. */
export const count = (value: number | undefined) => (value === undefined ? '—' : number.format(value));

/** 医療機関名, linking to the facility's detail page: the column that names each row of both report tables. */
export const facilityNameColumn: Column<BedReportRow> = {
  key: 'name',
  header: '医療機関名',
  rowHeader: true,
  minWidth: '12em',
  width: 14,
  sortable: true,
  render: (r) => <Link to={`/beds/facilities/${encodeURIComponent(r.facility.id)}`}>{r.facility.name}</Link>,
};
