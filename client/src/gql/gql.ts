/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment FacilityResultsTable_Facility on Facility {\n    id\n    code\n    name\n    kind\n    formattedPostalCode\n    address\n    building\n    prefecture {\n      id\n      name\n    }\n    secondaryMedicalArea {\n      id\n      name\n    }\n  }\n": typeof types.FacilityResultsTable_FacilityFragmentDoc,
    "\n  query FacilitySearchForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": typeof types.FacilitySearchForm_PrefecturesDocument,
    "\n  query FacilitySearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.FacilitySearchForm_AreasDocument,
    "\n  query FacilitySearchPage_Facilities($filter: FacilityFilter, $first: Int!, $after: String) {\n    facilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FacilityResultsTable_Facility\n        }\n      }\n    }\n  }\n": typeof types.FacilitySearchPage_FacilitiesDocument,
};
const documents: Documents = {
    "\n  fragment FacilityResultsTable_Facility on Facility {\n    id\n    code\n    name\n    kind\n    formattedPostalCode\n    address\n    building\n    prefecture {\n      id\n      name\n    }\n    secondaryMedicalArea {\n      id\n      name\n    }\n  }\n": types.FacilityResultsTable_FacilityFragmentDoc,
    "\n  query FacilitySearchForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": types.FacilitySearchForm_PrefecturesDocument,
    "\n  query FacilitySearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n": types.FacilitySearchForm_AreasDocument,
    "\n  query FacilitySearchPage_Facilities($filter: FacilityFilter, $first: Int!, $after: String) {\n    facilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FacilityResultsTable_Facility\n        }\n      }\n    }\n  }\n": types.FacilitySearchPage_FacilitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacilityResultsTable_Facility on Facility {\n    id\n    code\n    name\n    kind\n    formattedPostalCode\n    address\n    building\n    prefecture {\n      id\n      name\n    }\n    secondaryMedicalArea {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FacilityResultsTable_Facility on Facility {\n    id\n    code\n    name\n    kind\n    formattedPostalCode\n    address\n    building\n    prefecture {\n      id\n      name\n    }\n    secondaryMedicalArea {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitySearchForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query FacilitySearchForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitySearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query FacilitySearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitySearchPage_Facilities($filter: FacilityFilter, $first: Int!, $after: String) {\n    facilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FacilityResultsTable_Facility\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitySearchPage_Facilities($filter: FacilityFilter, $first: Int!, $after: String) {\n    facilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FacilityResultsTable_Facility\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;