/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 追加質問・コメント (from the asking organisation) */
export type AddInquiryCommentInput = {
  attachmentIds?: Array<string | number> | null | undefined;
  /** コメント; may be empty when files are attached. */
  body: string;
  inquiryId: string | number;
};

/** 回答 (from the G-MIS office) */
export type AnswerInquiryInput = {
  attachmentIds?: Array<string | number> | null | undefined;
  /** *回答 (required) */
  body: string;
  inquiryId: string | number;
};

/** 新規お問合せ */
export type CreateInquiryInput = {
  /** Ids returned by POST /api/attachments, uploaded by the same account. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** *内容 (required, up to 10,000 characters) */
  body: string;
  category?: InquiryCategory | null | undefined;
  /** *件名 (required, up to 200 characters) */
  subject: string;
};

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

/** FAQ の登録・編集 (G-MIS office) */
export type FaqEntryInput = {
  /** *回答 (up to 20,000 characters) */
  answer: string;
  /** *分類 (up to 50 characters) */
  category: string;
  /** Readable without signing in (default false). */
  isPublic?: boolean | null | undefined;
  /** *質問 (up to 500 characters) */
  question: string;
  /** 表示順 (0..1,000,000, ascending; default 0) */
  sortOrder?: number | null | undefined;
};

export type FaqFilter = {
  /** Exact 分類. */
  category?: string | null | undefined;
  /** Office only: true = published, false = drafts; others always see published. */
  published?: boolean | null | undefined;
  /** Partial match on 質問 and 回答. */
  text?: string | null | undefined;
};

/** お問合せの分類 */
export type InquiryCategory =
  /** ログイン・アカウント */
  | 'ACCOUNT'
  /** 病床状況の報告 */
  | 'BED_STATUS'
  /** その他 */
  | 'OTHER'
  /** 人材募集登録 */
  | 'RECRUITMENT'
  /** レポート・地域病床見える化 */
  | 'REPORT'
  /** システム操作全般 */
  | 'SYSTEM';

/** Filters for inquiries; all given conditions must hold. */
export type InquiryFilter = {
  category?: InquiryCategory | null | undefined;
  /** Prefecture of the asking organisation, e.g. "13". */
  prefectureCode?: string | null | undefined;
  status?: InquiryStatus | null | undefined;
  /** Partial match on 件名 and 内容 (width- and case-insensitive). */
  text?: string | null | undefined;
};

export type InquiryMessageKind =
  /** 回答 (from the G-MIS office) */
  | 'ANSWER'
  /** 追加質問・コメント (from the asking organisation) */
  | 'COMMENT'
  /** お問合せ本文 (the first message) */
  | 'QUESTION';

/** お問合せの状態 */
export type InquiryStatus =
  /** 回答済 (the office answered the latest question) */
  | 'ANSWERED'
  /** 完了 (closed by the office) */
  | 'CLOSED'
  /** 未回答 (new, or the asker added a follow-up question) */
  | 'OPEN';

/** ホーム画面のメニュー */
export type MenuKey =
  | 'ACCOUNTS'
  | 'API_TOKENS'
  | 'BED_REPORT'
  | 'BED_STATUS'
  | 'FAQ'
  | 'INQUIRY_INBOX'
  | 'NEW_INQUIRY'
  | 'NOTICES'
  | 'RECRUITMENT';

export type NoticeFilter = {
  /** Office only: true = published, false = drafts. */
  published?: boolean | null | undefined;
  /** Partial match on 件名 and 本文. */
  text?: string | null | undefined;
  /** Only notices the viewer has not opened yet. */
  unreadOnly?: boolean | null | undefined;
};

/** 重要度 */
export type NoticeImportance =
  /** 重要 */
  | 'IMPORTANT'
  /** 通常 */
  | 'NORMAL';

/** お知らせの登録・編集 (G-MIS office) */
export type NoticeInput = {
  /** Files uploaded by the editor through POST /api/attachments. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** *本文 (up to 20,000 characters) */
  body: string;
  /** default NORMAL */
  importance?: NoticeImportance | null | undefined;
  /** Readable without signing in (default false). */
  isPublic?: boolean | null | undefined;
  /** 掲載日時 (default: now) */
  publishDate?: string | null | undefined;
  /** *件名 (up to 200 characters) */
  title: string;
};

/** アカウントの種別 (what the account may do) */
export type Role =
  /** 分析担当（病床データの参照のみ） */
  | 'ANALYST'
  /** 医療機関 */
  | 'FACILITY'
  /** 保健所（とりまとめ団体用ID） */
  | 'HEALTH_CENTER_AGGREGATOR'
  /** 保健所（人材募集登録用ID） */
  | 'HEALTH_CENTER_RECRUITMENT'
  /** G-MIS事務局 */
  | 'OFFICE'
  /** 都道府県 */
  | 'PREFECTURE';

export type LoginPage_LoginMutationVariables = Exact<{
  loginId: string;
  password: string;
}>;


export type LoginPage_LoginMutation = { login: { __typename: 'Viewer', role: Role } };

export type LogoutButton_LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutButton_LogoutMutation = { logout: boolean };

export type PasswordResetPage_RuleQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordResetPage_RuleQuery = { passwordRule: { __typename: 'PasswordRule', description: string, minLength: number, maxLength: number } };

export type PasswordResetPage_ResetMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type PasswordResetPage_ResetMutation = { resetPassword: boolean };

export type PasswordResetRequestPage_RequestMutationVariables = Exact<{
  loginId: string;
}>;


export type PasswordResetRequestPage_RequestMutation = { requestPasswordReset: boolean };

export type ViewerProvider_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerProvider_ViewerQuery = { viewer: { __typename: 'Viewer', role: Role, roleLabel: string, account: { __typename: 'Account', id: string, loginId: string, displayName: string }, facility: { __typename: 'Facility', id: string, name: string } | null, prefecture: { __typename: 'Prefecture', id: string, name: string } | null, menus: Array<{ __typename: 'Menu', key: MenuKey, label: string, path: string }> } | null };

export type FaqDetailPage_EntryQueryVariables = Exact<{
  id: string | number;
}>;


export type FaqDetailPage_EntryQuery = { faqEntry: { __typename: 'FaqEntry', id: string, question: string, answer: string, category: string, published: boolean, isPublic: boolean, updatedAt: string } };

export type FaqDetailPage_PublishMutationVariables = Exact<{
  id: string | number;
}>;


export type FaqDetailPage_PublishMutation = { publishFaqEntry: { __typename: 'FaqEntry', id: string, published: boolean } };

export type FaqDetailPage_UnpublishMutationVariables = Exact<{
  id: string | number;
}>;


export type FaqDetailPage_UnpublishMutation = { unpublishFaqEntry: { __typename: 'FaqEntry', id: string, published: boolean } };

export type FaqEditorPage_EntryQueryVariables = Exact<{
  id: string | number;
}>;


export type FaqEditorPage_EntryQuery = { faqEntry: { __typename: 'FaqEntry', id: string, question: string, answer: string, category: string, sortOrder: number, isPublic: boolean } };

export type FaqEditorPage_CreateMutationVariables = Exact<{
  input: FaqEntryInput;
}>;


export type FaqEditorPage_CreateMutation = { createFaqEntry: { __typename: 'FaqEntry', id: string } };

export type FaqEditorPage_UpdateMutationVariables = Exact<{
  id: string | number;
  input: FaqEntryInput;
}>;


export type FaqEditorPage_UpdateMutation = { updateFaqEntry: { __typename: 'FaqEntry', id: string, question: string, answer: string, category: string, sortOrder: number, isPublic: boolean } };

export type FaqListPage_EntriesQueryVariables = Exact<{
  filter?: FaqFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type FaqListPage_EntriesQuery = { faqCategories: Array<string>, faqEntries: { __typename: 'FaqEntryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FaqEntryEdge', node: { __typename: 'FaqEntry', id: string, question: string, category: string, published: boolean } }> } };

export type NoticeDetailPage_NoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailPage_NoticeQuery = { notice: { __typename: 'Notice', id: string, title: string, body: string, importance: NoticeImportance, publishDate: string, published: boolean, isPublic: boolean, read: boolean | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, sizeBytes: number, downloadUrl: string }> } };

export type NoticeDetailPage_MarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailPage_MarkReadMutation = { markNoticeRead: { __typename: 'Notice', id: string, read: boolean | null } };

export type NoticeDetailPage_PublishMutationVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailPage_PublishMutation = { publishNotice: { __typename: 'Notice', id: string, published: boolean } };

export type NoticeDetailPage_UnpublishMutationVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailPage_UnpublishMutation = { unpublishNotice: { __typename: 'Notice', id: string, published: boolean } };

export type NoticeEditorPage_NoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeEditorPage_NoticeQuery = { notice: { __typename: 'Notice', id: string, title: string, body: string, importance: NoticeImportance, publishDate: string, isPublic: boolean } };

export type NoticeEditorPage_CreateMutationVariables = Exact<{
  input: NoticeInput;
}>;


export type NoticeEditorPage_CreateMutation = { createNotice: { __typename: 'Notice', id: string } };

export type NoticeEditorPage_UpdateMutationVariables = Exact<{
  id: string | number;
  input: NoticeInput;
}>;


export type NoticeEditorPage_UpdateMutation = { updateNotice: { __typename: 'Notice', id: string, title: string, body: string, importance: NoticeImportance, publishDate: string, isPublic: boolean } };

export type NoticeListPage_NoticesQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type NoticeListPage_NoticesQuery = { unreadNoticeCount: number, notices: { __typename: 'NoticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'NoticeEdge', node: { __typename: 'Notice', id: string, title: string, importance: NoticeImportance, publishDate: string, published: boolean, read: boolean | null } }> } };

export type FacilityResultsTable_FacilityFragment = { __typename: 'Facility', id: string, code: string, name: string, kind: FacilityKind, formattedPostalCode: string, address: string, building: string | null, prefecture: { __typename: 'Prefecture', id: string, name: string }, secondaryMedicalArea: { __typename: 'SecondaryMedicalArea', id: string, name: string } } & { ' $fragmentName'?: 'FacilityResultsTable_FacilityFragment' };

export type FacilitySearchForm_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitySearchForm_PrefecturesQuery = { prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type FacilitySearchForm_AreasQueryVariables = Exact<{
  prefectureCode: string;
}>;


export type FacilitySearchForm_AreasQuery = { secondaryMedicalAreas: Array<{ __typename: 'SecondaryMedicalArea', id: string, code: string, name: string }> };

export type FacilitySearchPage_FacilitiesQueryVariables = Exact<{
  filter?: FacilityFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type FacilitySearchPage_FacilitiesQuery = { facilities: { __typename: 'FacilityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FacilityEdge', node: (
        { __typename: 'Facility', id: string }
        & { ' $fragmentRefs'?: { 'FacilityResultsTable_FacilityFragment': FacilityResultsTable_FacilityFragment } }
      ) }> } };

export type InquiryListPage_InquiriesQueryVariables = Exact<{
  filter?: InquiryFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InquiryListPage_InquiriesQuery = { inquiries: { __typename: 'InquiryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InquiryEdge', node: { __typename: 'Inquiry', id: string, number: number, subject: string, status: InquiryStatus, category: InquiryCategory | null, organisationName: string | null, createdAt: string, updatedAt: string, prefecture: { __typename: 'Prefecture', name: string } | null } }> } };

export type InquiryListPage_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type InquiryListPage_PrefecturesQuery = { prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type InquiryThreadPage_InquiryQueryVariables = Exact<{
  id: string | number;
}>;


export type InquiryThreadPage_InquiryQuery = { inquiry: { __typename: 'Inquiry', id: string, number: number, subject: string, status: InquiryStatus, category: InquiryCategory | null, organisationName: string | null, createdAt: string, messages: Array<{ __typename: 'InquiryMessage', kind: InquiryMessageKind, body: string, fromOffice: boolean, authorName: string, createdAt: string, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, sizeBytes: number, downloadUrl: string }> }> } };

export type InquiryThreadPage_CommentMutationVariables = Exact<{
  input: AddInquiryCommentInput;
}>;


export type InquiryThreadPage_CommentMutation = { addInquiryComment: { __typename: 'Inquiry', id: string, status: InquiryStatus } };

export type InquiryThreadPage_AnswerMutationVariables = Exact<{
  input: AnswerInquiryInput;
}>;


export type InquiryThreadPage_AnswerMutation = { answerInquiry: { __typename: 'Inquiry', id: string, status: InquiryStatus } };

export type InquiryThreadPage_CloseMutationVariables = Exact<{
  id: string | number;
}>;


export type InquiryThreadPage_CloseMutation = { closeInquiry: { __typename: 'Inquiry', id: string, status: InquiryStatus } };

export type NewInquiryPage_CreateMutationVariables = Exact<{
  input: CreateInquiryInput;
}>;


export type NewInquiryPage_CreateMutation = { createInquiry: { __typename: 'Inquiry', id: string } };

export const FacilityResultsTable_FacilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityResultsTable_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilityResultsTable_FacilityFragment, unknown>;
export const LoginPage_LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loginId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutation, LoginPage_LoginMutationVariables>;
export const LogoutButton_LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutButton_Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutButton_LogoutMutation, LogoutButton_LogoutMutationVariables>;
export const PasswordResetPage_RuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordResetPage_Rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]} as unknown as DocumentNode<PasswordResetPage_RuleQuery, PasswordResetPage_RuleQueryVariables>;
export const PasswordResetPage_ResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetPage_Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<PasswordResetPage_ResetMutation, PasswordResetPage_ResetMutationVariables>;
export const PasswordResetRequestPage_RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetRequestPage_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loginId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}}}]}]}}]} as unknown as DocumentNode<PasswordResetRequestPage_RequestMutation, PasswordResetRequestPage_RequestMutationVariables>;
export const ViewerProvider_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerProvider_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"menus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerProvider_ViewerQuery, ViewerProvider_ViewerQueryVariables>;
export const FaqDetailPage_EntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqDetailPage_Entry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<FaqDetailPage_EntryQuery, FaqDetailPage_EntryQueryVariables>;
export const FaqDetailPage_PublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqDetailPage_Publish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<FaqDetailPage_PublishMutation, FaqDetailPage_PublishMutationVariables>;
export const FaqDetailPage_UnpublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqDetailPage_Unpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<FaqDetailPage_UnpublishMutation, FaqDetailPage_UnpublishMutationVariables>;
export const FaqEditorPage_EntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqEditorPage_Entry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]}}]} as unknown as DocumentNode<FaqEditorPage_EntryQuery, FaqEditorPage_EntryQueryVariables>;
export const FaqEditorPage_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqEditorPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FaqEditorPage_CreateMutation, FaqEditorPage_CreateMutationVariables>;
export const FaqEditorPage_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqEditorPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]}}]} as unknown as DocumentNode<FaqEditorPage_UpdateMutation, FaqEditorPage_UpdateMutationVariables>;
export const FaqListPage_EntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqListPage_Entries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"faqCategories"}}]}}]} as unknown as DocumentNode<FaqListPage_EntriesQuery, FaqListPage_EntriesQueryVariables>;
export const NoticeDetailPage_NoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDetailPage_Notice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeDetailPage_NoticeQuery, NoticeDetailPage_NoticeQueryVariables>;
export const NoticeDetailPage_MarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeDetailPage_MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<NoticeDetailPage_MarkReadMutation, NoticeDetailPage_MarkReadMutationVariables>;
export const NoticeDetailPage_PublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeDetailPage_Publish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<NoticeDetailPage_PublishMutation, NoticeDetailPage_PublishMutationVariables>;
export const NoticeDetailPage_UnpublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeDetailPage_Unpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<NoticeDetailPage_UnpublishMutation, NoticeDetailPage_UnpublishMutationVariables>;
export const NoticeEditorPage_NoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeEditorPage_Notice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]}}]} as unknown as DocumentNode<NoticeEditorPage_NoticeQuery, NoticeEditorPage_NoticeQueryVariables>;
export const NoticeEditorPage_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeEditorPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NoticeEditorPage_CreateMutation, NoticeEditorPage_CreateMutationVariables>;
export const NoticeEditorPage_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeEditorPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]}}]} as unknown as DocumentNode<NoticeEditorPage_UpdateMutation, NoticeEditorPage_UpdateMutationVariables>;
export const NoticeListPage_NoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeListPage_Notices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNoticeCount"}}]}}]} as unknown as DocumentNode<NoticeListPage_NoticesQuery, NoticeListPage_NoticesQueryVariables>;
export const FacilitySearchForm_PrefecturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchForm_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchForm_PrefecturesQuery, FacilitySearchForm_PrefecturesQueryVariables>;
export const FacilitySearchForm_AreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchForm_Areas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchForm_AreasQuery, FacilitySearchForm_AreasQueryVariables>;
export const FacilitySearchPage_FacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchPage_Facilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilityResultsTable_Facility"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityResultsTable_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchPage_FacilitiesQuery, FacilitySearchPage_FacilitiesQueryVariables>;
export const InquiryListPage_InquiriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryListPage_Inquiries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InquiryListPage_InquiriesQuery, InquiryListPage_InquiriesQueryVariables>;
export const InquiryListPage_PrefecturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryListPage_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InquiryListPage_PrefecturesQuery, InquiryListPage_PrefecturesQueryVariables>;
export const InquiryThreadPage_InquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryThreadPage_Inquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InquiryThreadPage_InquiryQuery, InquiryThreadPage_InquiryQueryVariables>;
export const InquiryThreadPage_CommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryThreadPage_Comment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInquiryCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInquiryComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InquiryThreadPage_CommentMutation, InquiryThreadPage_CommentMutationVariables>;
export const InquiryThreadPage_AnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryThreadPage_Answer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InquiryThreadPage_AnswerMutation, InquiryThreadPage_AnswerMutationVariables>;
export const InquiryThreadPage_CloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryThreadPage_Close"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InquiryThreadPage_CloseMutation, InquiryThreadPage_CloseMutationVariables>;
export const NewInquiryPage_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewInquiryPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NewInquiryPage_CreateMutation, NewInquiryPage_CreateMutationVariables>;