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
    "\n  fragment KeyNetPreview_Posting on KeyNetPosting {\n    title\n    occupationLabel\n    employmentTypeLabel\n    openings\n    duties\n    qualifications\n    workingHours\n    pay\n    period\n    prefectureCode\n    facilityName\n    workPostalCode\n    workAddress\n    workFacilityName\n    contactName\n    contactLocation\n    contactPhone\n    contactEmail\n    maskedFields\n  }\n": typeof types.KeyNetPreview_PostingFragmentDoc,
    "\n  fragment PostingDetailPage_Posting on Posting {\n    id\n    version\n    status\n    title\n    occupation\n    occupationLabel\n    employmentType\n    employmentTypeLabel\n    openings\n    duties\n    qualifications\n    workingHours\n    pay\n    period\n    workPostalCode\n    workPrefectureCode\n    workAddress\n    workFacilityName\n    contactName\n    contactLocation\n    contactPhone\n    contactEmail\n    maskingRequested\n    maskedFields\n    viewerCanEdit\n    facilityName\n    createdAt\n    updatedAt\n    publishedAt\n    keyNetPreview {\n      ...KeyNetPreview_Posting\n    }\n    history {\n      version\n      action\n      accountId\n      changedAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.PostingDetailPage_PostingFragmentDoc,
    "\n  query PostingDetailPage_Query($id: ID!) {\n    posting(id: $id) {\n      id\n      ...PostingDetailPage_Posting\n    }\n    prefectures {\n      code\n      name\n    }\n  }\n": typeof types.PostingDetailPage_QueryDocument,
    "\n  query PostingEditPage_Query($id: ID!) {\n    posting(id: $id) {\n      id\n      ...PostingDetailPage_Posting\n    }\n    postingFacility {\n      id\n      name\n      postingRequiredFields\n    }\n  }\n": typeof types.PostingEditPage_QueryDocument,
    "\n  mutation PostingEditPage_Update($input: UpdatePostingInput!) {\n    updatePosting(input: $input) {\n      posting {\n        id\n        ...PostingDetailPage_Posting\n      }\n    }\n  }\n": typeof types.PostingEditPage_UpdateDocument,
    "\n  query PostingForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": typeof types.PostingForm_PrefecturesDocument,
    "\n  query PostingForm_Preview($posting: PostingInput!) {\n    previewKeyNetPosting(posting: $posting) {\n      ...KeyNetPreview_Posting\n    }\n  }\n": typeof types.PostingForm_PreviewDocument,
    "\n  query PostingListPage_Query($filter: PostingFilter, $orderBy: PostingOrder, $first: Int!, $after: String) {\n    postingFacility {\n      id\n    }\n    postings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          occupationLabel\n          employmentTypeLabel\n          status\n          facilityName\n          maskingRequested\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.PostingListPage_QueryDocument,
    "\n  query PostingListPage_Export($filter: PostingFilter, $orderBy: PostingOrder) {\n    exportPostings(filter: $filter, orderBy: $orderBy) {\n      fileName\n      contentType\n      rowCount\n      truncated\n      content\n    }\n  }\n": typeof types.PostingListPage_ExportDocument,
    "\n  query PostingNewPage_Facility {\n    postingFacility {\n      id\n      name\n      postingRequiredFields\n    }\n  }\n": typeof types.PostingNewPage_FacilityDocument,
    "\n  mutation PostingNewPage_Create($input: CreatePostingInput!) {\n    createPosting(input: $input) {\n      created\n      posting {\n        id\n        ...PostingDetailPage_Posting\n      }\n    }\n  }\n": typeof types.PostingNewPage_CreateDocument,
};
const documents: Documents = {
    "\n  fragment FacilityResultsTable_Facility on Facility {\n    id\n    code\n    name\n    kind\n    formattedPostalCode\n    address\n    building\n    prefecture {\n      id\n      name\n    }\n    secondaryMedicalArea {\n      id\n      name\n    }\n  }\n": types.FacilityResultsTable_FacilityFragmentDoc,
    "\n  query FacilitySearchForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": types.FacilitySearchForm_PrefecturesDocument,
    "\n  query FacilitySearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n": types.FacilitySearchForm_AreasDocument,
    "\n  query FacilitySearchPage_Facilities($filter: FacilityFilter, $first: Int!, $after: String) {\n    facilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FacilityResultsTable_Facility\n        }\n      }\n    }\n  }\n": types.FacilitySearchPage_FacilitiesDocument,
    "\n  fragment KeyNetPreview_Posting on KeyNetPosting {\n    title\n    occupationLabel\n    employmentTypeLabel\n    openings\n    duties\n    qualifications\n    workingHours\n    pay\n    period\n    prefectureCode\n    facilityName\n    workPostalCode\n    workAddress\n    workFacilityName\n    contactName\n    contactLocation\n    contactPhone\n    contactEmail\n    maskedFields\n  }\n": types.KeyNetPreview_PostingFragmentDoc,
    "\n  fragment PostingDetailPage_Posting on Posting {\n    id\n    version\n    status\n    title\n    occupation\n    occupationLabel\n    employmentType\n    employmentTypeLabel\n    openings\n    duties\n    qualifications\n    workingHours\n    pay\n    period\n    workPostalCode\n    workPrefectureCode\n    workAddress\n    workFacilityName\n    contactName\n    contactLocation\n    contactPhone\n    contactEmail\n    maskingRequested\n    maskedFields\n    viewerCanEdit\n    facilityName\n    createdAt\n    updatedAt\n    publishedAt\n    keyNetPreview {\n      ...KeyNetPreview_Posting\n    }\n    history {\n      version\n      action\n      accountId\n      changedAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.PostingDetailPage_PostingFragmentDoc,
    "\n  query PostingDetailPage_Query($id: ID!) {\n    posting(id: $id) {\n      id\n      ...PostingDetailPage_Posting\n    }\n    prefectures {\n      code\n      name\n    }\n  }\n": types.PostingDetailPage_QueryDocument,
    "\n  query PostingEditPage_Query($id: ID!) {\n    posting(id: $id) {\n      id\n      ...PostingDetailPage_Posting\n    }\n    postingFacility {\n      id\n      name\n      postingRequiredFields\n    }\n  }\n": types.PostingEditPage_QueryDocument,
    "\n  mutation PostingEditPage_Update($input: UpdatePostingInput!) {\n    updatePosting(input: $input) {\n      posting {\n        id\n        ...PostingDetailPage_Posting\n      }\n    }\n  }\n": types.PostingEditPage_UpdateDocument,
    "\n  query PostingForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": types.PostingForm_PrefecturesDocument,
    "\n  query PostingForm_Preview($posting: PostingInput!) {\n    previewKeyNetPosting(posting: $posting) {\n      ...KeyNetPreview_Posting\n    }\n  }\n": types.PostingForm_PreviewDocument,
    "\n  query PostingListPage_Query($filter: PostingFilter, $orderBy: PostingOrder, $first: Int!, $after: String) {\n    postingFacility {\n      id\n    }\n    postings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          occupationLabel\n          employmentTypeLabel\n          status\n          facilityName\n          maskingRequested\n          updatedAt\n        }\n      }\n    }\n  }\n": types.PostingListPage_QueryDocument,
    "\n  query PostingListPage_Export($filter: PostingFilter, $orderBy: PostingOrder) {\n    exportPostings(filter: $filter, orderBy: $orderBy) {\n      fileName\n      contentType\n      rowCount\n      truncated\n      content\n    }\n  }\n": types.PostingListPage_ExportDocument,
    "\n  query PostingNewPage_Facility {\n    postingFacility {\n      id\n      name\n      postingRequiredFields\n    }\n  }\n": types.PostingNewPage_FacilityDocument,
    "\n  mutation PostingNewPage_Create($input: CreatePostingInput!) {\n    createPosting(input: $input) {\n      created\n      posting {\n        id\n        ...PostingDetailPage_Posting\n      }\n    }\n  }\n": types.PostingNewPage_CreateDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyNetPreview_Posting on KeyNetPosting {\n    title\n    occupationLabel\n    employmentTypeLabel\n    openings\n    duties\n    qualifications\n    workingHours\n    pay\n    period\n    prefectureCode\n    facilityName\n    workPostalCode\n    workAddress\n    workFacilityName\n    contactName\n    contactLocation\n    contactPhone\n    contactEmail\n    maskedFields\n  }\n"): (typeof documents)["\n  fragment KeyNetPreview_Posting on KeyNetPosting {\n    title\n    occupationLabel\n    employmentTypeLabel\n    openings\n    duties\n    qualifications\n    workingHours\n    pay\n    period\n    prefectureCode\n    facilityName\n    workPostalCode\n    workAddress\n    workFacilityName\n    contactName\n    contactLocation\n    contactPhone\n    contactEmail\n    maskedFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostingDetailPage_Posting on Posting {\n    id\n    version\n    status\n    title\n    occupation\n    occupationLabel\n    employmentType\n    employmentTypeLabel\n    openings\n    duties\n    qualifications\n    workingHours\n    pay\n    period\n    workPostalCode\n    workPrefectureCode\n    workAddress\n    workFacilityName\n    contactName\n    contactLocation\n    contactPhone\n    contactEmail\n    maskingRequested\n    maskedFields\n    viewerCanEdit\n    facilityName\n    createdAt\n    updatedAt\n    publishedAt\n    keyNetPreview {\n      ...KeyNetPreview_Posting\n    }\n    history {\n      version\n      action\n      accountId\n      changedAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostingDetailPage_Posting on Posting {\n    id\n    version\n    status\n    title\n    occupation\n    occupationLabel\n    employmentType\n    employmentTypeLabel\n    openings\n    duties\n    qualifications\n    workingHours\n    pay\n    period\n    workPostalCode\n    workPrefectureCode\n    workAddress\n    workFacilityName\n    contactName\n    contactLocation\n    contactPhone\n    contactEmail\n    maskingRequested\n    maskedFields\n    viewerCanEdit\n    facilityName\n    createdAt\n    updatedAt\n    publishedAt\n    keyNetPreview {\n      ...KeyNetPreview_Posting\n    }\n    history {\n      version\n      action\n      accountId\n      changedAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingDetailPage_Query($id: ID!) {\n    posting(id: $id) {\n      id\n      ...PostingDetailPage_Posting\n    }\n    prefectures {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PostingDetailPage_Query($id: ID!) {\n    posting(id: $id) {\n      id\n      ...PostingDetailPage_Posting\n    }\n    prefectures {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingEditPage_Query($id: ID!) {\n    posting(id: $id) {\n      id\n      ...PostingDetailPage_Posting\n    }\n    postingFacility {\n      id\n      name\n      postingRequiredFields\n    }\n  }\n"): (typeof documents)["\n  query PostingEditPage_Query($id: ID!) {\n    posting(id: $id) {\n      id\n      ...PostingDetailPage_Posting\n    }\n    postingFacility {\n      id\n      name\n      postingRequiredFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostingEditPage_Update($input: UpdatePostingInput!) {\n    updatePosting(input: $input) {\n      posting {\n        id\n        ...PostingDetailPage_Posting\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostingEditPage_Update($input: UpdatePostingInput!) {\n    updatePosting(input: $input) {\n      posting {\n        id\n        ...PostingDetailPage_Posting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PostingForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingForm_Preview($posting: PostingInput!) {\n    previewKeyNetPosting(posting: $posting) {\n      ...KeyNetPreview_Posting\n    }\n  }\n"): (typeof documents)["\n  query PostingForm_Preview($posting: PostingInput!) {\n    previewKeyNetPosting(posting: $posting) {\n      ...KeyNetPreview_Posting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingListPage_Query($filter: PostingFilter, $orderBy: PostingOrder, $first: Int!, $after: String) {\n    postingFacility {\n      id\n    }\n    postings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          occupationLabel\n          employmentTypeLabel\n          status\n          facilityName\n          maskingRequested\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostingListPage_Query($filter: PostingFilter, $orderBy: PostingOrder, $first: Int!, $after: String) {\n    postingFacility {\n      id\n    }\n    postings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          occupationLabel\n          employmentTypeLabel\n          status\n          facilityName\n          maskingRequested\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingListPage_Export($filter: PostingFilter, $orderBy: PostingOrder) {\n    exportPostings(filter: $filter, orderBy: $orderBy) {\n      fileName\n      contentType\n      rowCount\n      truncated\n      content\n    }\n  }\n"): (typeof documents)["\n  query PostingListPage_Export($filter: PostingFilter, $orderBy: PostingOrder) {\n    exportPostings(filter: $filter, orderBy: $orderBy) {\n      fileName\n      contentType\n      rowCount\n      truncated\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingNewPage_Facility {\n    postingFacility {\n      id\n      name\n      postingRequiredFields\n    }\n  }\n"): (typeof documents)["\n  query PostingNewPage_Facility {\n    postingFacility {\n      id\n      name\n      postingRequiredFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostingNewPage_Create($input: CreatePostingInput!) {\n    createPosting(input: $input) {\n      created\n      posting {\n        id\n        ...PostingDetailPage_Posting\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostingNewPage_Create($input: CreatePostingInput!) {\n    createPosting(input: $input) {\n      created\n      posting {\n        id\n        ...PostingDetailPage_Posting\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;