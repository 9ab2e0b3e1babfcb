/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 受入状況 */
export type AcceptanceStatus =
  /** 制限 */
  | 'LIMITED'
  /** 通常 */
  | 'NORMAL'
  /** 停止 */
  | 'SUSPENDED'
  /** 未回答 */
  | 'UNANSWERED';

/** 病床区分 */
export type BedCategory =
  /** 一般病床 */
  | 'GENERAL'
  /** ICU・HCU */
  | 'ICU_HCU'
  /** 感染症病床 */
  | 'INFECTIOUS'
  /** 陰圧室 */
  | 'NEGATIVE_PRESSURE'
  /** 小児病床 */
  | 'PEDIATRIC'
  /** 精神病床 */
  | 'PSYCHIATRIC';

/** 地域病床見える化の絞り込み条件 (すべて AND) */
export type BedReportFilter = {
  /** 救急受入がいずれかに該当 */
  emergencyAcceptance?: Array<AcceptanceStatus> | null | undefined;
  /** 入院受入がいずれかに該当 */
  inpatientAcceptance?: Array<AcceptanceStatus> | null | undefined;
  /** 医療機関名の部分一致 (全角・半角・大小文字を区別しない) */
  name?: string | null | undefined;
  /** 外来受入がいずれかに該当 */
  outpatientAcceptance?: Array<AcceptanceStatus> | null | undefined;
  /** 都道府県コード。保健所・都道府県のアカウントは省略時に自都道府県。 */
  prefectureCode?: string | null | undefined;
  /** レポートテーブルを検索: 二次医療圏名または医療機関名の部分一致 */
  search?: string | null | undefined;
  /** 二次医療圏コード (4桁) */
  secondaryMedicalAreaCode?: string | null | undefined;
  /** true: 更新が古い (または未報告の) 医療機関のみ */
  staleOnly?: boolean | null | undefined;
};

export type BedReportOrder = {
  direction?: SortDirection;
  field: BedReportSortField;
};

export type BedReportSortField =
  | 'AREA'
  | 'FACILITY_CODE'
  | 'FACILITY_NAME'
  | 'LAST_UPDATED'
  | 'VACANT_TOTAL';

/** Filters for facilities; all given conditions must hold. */
export type FacilityFilter = {
  kind?: FacilityKind | null | undefined;
  /** Partial match on the facility name, insensitive to full-/half-width forms and case. */
  name?: string | null | undefined;
  /** JIS prefecture code, e.g. "13". */
  prefectureCode?: string | null | undefined;
  /** 二次医療圏 code, e.g. "1301". */
  secondaryMedicalAreaCode?: string | null | undefined;
};

/** 施設類型 */
export type FacilityKind =
  /** 一般診療所 */
  | 'CLINIC'
  /** 歯科診療所 */
  | 'DENTAL_CLINIC'
  /** 保健所 */
  | 'HEALTH_CENTER'
  /** 病院 */
  | 'HOSPITAL'
  /** 薬局 */
  | 'PHARMACY';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 職員の充足状況 */
export type StaffingStatus =
  /** 枯渇 */
  | 'DEPLETED'
  /** 通常 */
  | 'NORMAL'
  /** 欠員あり */
  | 'SHORTAGE'
  /** 未回答 */
  | 'UNANSWERED';

export type BedFacilityPage_DetailQueryVariables = Exact<{
  facilityId: string | number;
  first: number;
}>;


export type BedFacilityPage_DetailQuery = { __typename: 'Query', bedFacilityStatus: { __typename: 'BedReportRow', lastUpdated: string | null, stale: boolean, facility: { __typename: 'Facility', id: string, code: string, name: string, formattedPostalCode: string, address: string, building: string | null, phone: string | null, prefecture: { __typename: 'Prefecture', id: string, name: string }, secondaryMedicalArea: { __typename: 'SecondaryMedicalArea', id: string, name: string } }, latest: { __typename: 'BedSnapshot', id: string, outpatientAcceptance: AcceptanceStatus, inpatientAcceptance: AcceptanceStatus, emergencyAcceptance: AcceptanceStatus, staffing: StaffingStatus, ventilatorsTotal: number, ventilatorsInUse: number, ecmoTotal: number, ecmoInUse: number, note: string | null, beds: Array<{ __typename: 'BedCount', category: BedCategory, label: string, secured: number, immediate: number, inpatients: number, severe: number, vacant: number }> } | null }, bedSnapshots: { __typename: 'BedSnapshotConnection', totalCount: number, edges: Array<{ __typename: 'BedSnapshotEdge', node: { __typename: 'BedSnapshot', id: string, reportedAt: string, securedTotal: number, vacantTotal: number, inpatientAcceptance: AcceptanceStatus, emergencyAcceptance: AcceptanceStatus, note: string | null } }> } };

export type BedReportAllColumnsPage_ReportQueryVariables = Exact<{
  filter?: BedReportFilter | null | undefined;
  orderBy?: BedReportOrder | null | undefined;
  first: number;
}>;


export type BedReportAllColumnsPage_ReportQuery = { __typename: 'Query', bedReport: { __typename: 'BedReportConnection', totalCount: number, staleAfterHours: number, edges: Array<{ __typename: 'BedReportEdge', node: { __typename: 'BedReportRow', lastUpdated: string | null, stale: boolean, facility: { __typename: 'Facility', id: string, code: string, name: string, formattedPostalCode: string, address: string, building: string | null, phone: string | null, prefecture: { __typename: 'Prefecture', id: string, name: string }, secondaryMedicalArea: { __typename: 'SecondaryMedicalArea', id: string, code: string, name: string } }, latest: { __typename: 'BedSnapshot', id: string, outpatientAcceptance: AcceptanceStatus, inpatientAcceptance: AcceptanceStatus, emergencyAcceptance: AcceptanceStatus, staffing: StaffingStatus, securedTotal: number, vacantTotal: number, ventilatorsTotal: number, ventilatorsInUse: number, ecmoTotal: number, ecmoInUse: number, note: string | null, beds: Array<{ __typename: 'BedCount', category: BedCategory, secured: number, immediate: number, inpatients: number, severe: number, vacant: number }> } | null } }> } };

export type BedReportPage_ReportQueryVariables = Exact<{
  filter?: BedReportFilter | null | undefined;
  orderBy?: BedReportOrder | null | undefined;
  first: number;
}>;


export type BedReportPage_ReportQuery = { __typename: 'Query', bedReport: { __typename: 'BedReportConnection', totalCount: number, staleAfterHours: number, edges: Array<{ __typename: 'BedReportEdge', node: { __typename: 'BedReportRow', lastUpdated: string | null, stale: boolean, facility: { __typename: 'Facility', id: string, code: string, name: string, secondaryMedicalArea: { __typename: 'SecondaryMedicalArea', id: string, name: string } }, latest: { __typename: 'BedSnapshot', id: string, securedTotal: number, vacantTotal: number, outpatientAcceptance: AcceptanceStatus, inpatientAcceptance: AcceptanceStatus, emergencyAcceptance: AcceptanceStatus, ventilatorsTotal: number, ventilatorsInUse: number } | null } }> } };

export type BedReportSearchForm_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type BedReportSearchForm_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type FacilityResultsTable_FacilityFragment = { __typename: 'Facility', id: string, code: string, name: string, kind: FacilityKind, formattedPostalCode: string, address: string, building: string | null, prefecture: { __typename: 'Prefecture', id: string, name: string }, secondaryMedicalArea: { __typename: 'SecondaryMedicalArea', id: string, name: string } } & { ' $fragmentName'?: 'FacilityResultsTable_FacilityFragment' };

export type FacilitySearchForm_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitySearchForm_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type FacilitySearchForm_AreasQueryVariables = Exact<{
  prefectureCode: string;
}>;


export type FacilitySearchForm_AreasQuery = { __typename: 'Query', secondaryMedicalAreas: Array<{ __typename: 'SecondaryMedicalArea', id: string, code: string, name: string }> };

export type FacilitySearchPage_FacilitiesQueryVariables = Exact<{
  filter?: FacilityFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type FacilitySearchPage_FacilitiesQuery = { __typename: 'Query', facilities: { __typename: 'FacilityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FacilityEdge', node: (
        { __typename: 'Facility', id: string }
        & { ' $fragmentRefs'?: { 'FacilityResultsTable_FacilityFragment': FacilityResultsTable_FacilityFragment } }
      ) }> } };

export const FacilityResultsTable_FacilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityResultsTable_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilityResultsTable_FacilityFragment, unknown>;
export const BedFacilityPage_DetailDocument = {"__meta__":{"hash":"sha256:bdec317e9e28a92343fedb2f6f2195b825e5b00671e95ab335d248519f337468"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedFacilityPage_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedFacilityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BedFacilityPage_DetailQuery, BedFacilityPage_DetailQueryVariables>;
export const BedReportAllColumnsPage_ReportDocument = {"__meta__":{"hash":"sha256:a9135ed8b3f3f09d01d9fee4f9c9369c180a3254780e45f4d0d2f2ee99f65c09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedReportAllColumnsPage_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BedReportAllColumnsPage_ReportQuery, BedReportAllColumnsPage_ReportQueryVariables>;
export const BedReportPage_ReportDocument = {"__meta__":{"hash":"sha256:010176e42ef76fdd5d68b3a8e3fa1aadb7229e7e5ab5d4e090325ce8ef90eaac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedReportPage_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BedReportPage_ReportQuery, BedReportPage_ReportQueryVariables>;
export const BedReportSearchForm_PrefecturesDocument = {"__meta__":{"hash":"sha256:8a182647eee382fd8a85f2eb96a4a26b14f4d46644b6c47e7b5cfa054fb46944"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedReportSearchForm_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BedReportSearchForm_PrefecturesQuery, BedReportSearchForm_PrefecturesQueryVariables>;
export const FacilitySearchForm_PrefecturesDocument = {"__meta__":{"hash":"sha256:e91dd5ca1f8030d97261cf278c278abc2665024a5c28448ec1db76313dbc3e4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchForm_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchForm_PrefecturesQuery, FacilitySearchForm_PrefecturesQueryVariables>;
export const FacilitySearchForm_AreasDocument = {"__meta__":{"hash":"sha256:a5408ae5afec04048b08359a09519484db286c84e48f8a5294c8f21c44de51a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchForm_Areas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchForm_AreasQuery, FacilitySearchForm_AreasQueryVariables>;
export const FacilitySearchPage_FacilitiesDocument = {"__meta__":{"hash":"sha256:e2f8f569a29119db3af875e8f7f2386ed8eb2dacfa87fffc13159d9344b91b13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchPage_Facilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilityResultsTable_Facility"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityResultsTable_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchPage_FacilitiesQuery, FacilitySearchPage_FacilitiesQueryVariables>;