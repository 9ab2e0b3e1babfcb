import { DataTable, type Column } from '../../components/DataTable';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { FacilityResultsTable_FacilityFragment } from '../../gql/graphql';
import { FACILITY_KIND_LABEL } from './facility-kind';

/** What one result row shows; the search query spreads this fragment, so the two never drift. */
export const FacilityResultsTable_Facility = graphql(`
  fragment FacilityResultsTable_Facility on Facility {
    id
    code
    name
    kind
    formattedPostalCode
    address
    building
    prefecture {
      id
      name
    }
    secondaryMedicalArea {
      id
      name
    }
  }
`);

type Row = FacilityResultsTable_FacilityFragment;

const COLUMNS: Column<Row>[] = [
  { key: 'code', header: '医療機関コード', render: (f) => f.code, nowrap: true, numeric: true },
  { key: 'name', header: '名称', render: (f) => f.name, rowHeader: true, minWidth: '12em' },
  { key: 'kind', header: '種別', render: (f) => FACILITY_KIND_LABEL[f.kind], nowrap: true },
  { key: 'prefecture', header: '都道府県', render: (f) => f.prefecture.name, nowrap: true },
  { key: 'area', header: '二次医療圏', render: (f) => f.secondaryMedicalArea.name, minWidth: '6em' },
  { key: 'postalCode', header: '郵便番号', render: (f) => `〒${f.formattedPostalCode}`, nowrap: true, numeric: true },
  { key: 'address', header: '住所', render: (f) => (f.building ? `${f.address} ${f.building}` : f.address), minWidth: '16em' },
];

interface FacilityResultsTableProps {
  facilities: readonly FragmentType<typeof FacilityResultsTable_Facility>[];
}

export function FacilityResultsTable(props: FacilityResultsTableProps) {
  const facilities = getFragmentData(FacilityResultsTable_Facility, props.facilities);
  return (
    <DataTable
      caption="医療機関の検索結果"
      captionHidden
      columns={COLUMNS}
      rows={facilities}
      rowKey={(f) => f.id}
      empty="条件に該当する医療機関はありません。条件を変えて検索してください。"
    />
  );
}
