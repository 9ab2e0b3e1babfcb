/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccountFilter = {
  role?: Role | null | undefined;
  /** Partial match on ユーザ名 or 表示名. */
  text?: string | null | undefined;
};

/** アカウント新規作成 (事務局). A password-setup mail goes to the address. */
export type CreateAccountInput = {
  displayName: string;
  email: string;
  /** Facility global id: a 保健所 for health-centre roles, a medical institution for FACILITY. */
  facilityId?: string | number | null | undefined;
  /** ユーザ名: 3〜64 characters of a-z 0-9 . _ @ - (stored in lower case). */
  loginId: string;
  /** JIS prefecture code, for PREFECTURE accounts. */
  prefectureCode?: string | null | undefined;
  role: Role;
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

export type AccountNewPage_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountNewPage_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type AccountNewPage_FacilityQueryVariables = Exact<{
  code: string;
}>;


export type AccountNewPage_FacilityQuery = { __typename: 'Query', facilityByCode: { __typename: 'Facility', id: string, name: string } | null };

export type AccountNewPage_CreateMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type AccountNewPage_CreateMutation = { __typename: 'Mutation', createAccount: { __typename: 'Account', id: string, loginId: string } };

export type AccountsPage_AccountsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first: number;
}>;


export type AccountsPage_AccountsQuery = { __typename: 'Query', accounts: { __typename: 'AccountConnection', totalCount: number, edges: Array<{ __typename: 'AccountEdge', node: { __typename: 'Account', id: string, loginId: string, displayName: string, email: string | null, role: Role, passwordChangedAt: string | null, disabledAt: string | null, facility: { __typename: 'Facility', id: string, name: string } | null, prefecture: { __typename: 'Prefecture', id: string, name: string } | null } }> } };

export type AccountsPage_DisableMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountsPage_DisableMutation = { __typename: 'Mutation', disableAccount: { __typename: 'Account', id: string, disabledAt: string | null } };

export type AccountsPage_EnableMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountsPage_EnableMutation = { __typename: 'Mutation', enableAccount: { __typename: 'Account', id: string, disabledAt: string | null } };

export type ApiTokensPage_TokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensPage_TokensQuery = { __typename: 'Query', apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, tokenPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type ApiTokensPage_CreateMutationVariables = Exact<{
  name: string;
}>;


export type ApiTokensPage_CreateMutation = { __typename: 'Mutation', createApiToken: { __typename: 'CreatedApiToken', token: string, apiToken: { __typename: 'ApiToken', id: string } } };

export type ApiTokensPage_RevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokensPage_RevokeMutation = { __typename: 'Mutation', revokeApiToken: { __typename: 'ApiToken', id: string, revokedAt: string | null } };

export type LoginPage_LoginMutationVariables = Exact<{
  loginId: string;
  password: string;
}>;


export type LoginPage_LoginMutation = { __typename: 'Mutation', login: { __typename: 'Viewer', role: Role } };

export type LogoutButton_LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutButton_LogoutMutation = { __typename: 'Mutation', logout: boolean };

export type PasswordResetPage_RuleQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordResetPage_RuleQuery = { __typename: 'Query', passwordRule: { __typename: 'PasswordRule', description: string, minLength: number, maxLength: number } };

export type PasswordResetPage_ResetMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type PasswordResetPage_ResetMutation = { __typename: 'Mutation', resetPassword: boolean };

export type PasswordResetRequestPage_RequestMutationVariables = Exact<{
  loginId: string;
}>;


export type PasswordResetRequestPage_RequestMutation = { __typename: 'Mutation', requestPasswordReset: boolean };

export type ViewerProvider_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerProvider_ViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', role: Role, roleLabel: string, account: { __typename: 'Account', id: string, loginId: string, displayName: string }, facility: { __typename: 'Facility', id: string, name: string } | null, prefecture: { __typename: 'Prefecture', id: string, name: string } | null, menus: Array<{ __typename: 'Menu', key: MenuKey, label: string, path: string }> } | null };

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
export const AccountNewPage_PrefecturesDocument = {"__meta__":{"hash":"sha256:3e45ed51613ff45d91d25aeaba5574a0f6204e9d833e7162e385fbd8f59451f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountNewPage_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountNewPage_PrefecturesQuery, AccountNewPage_PrefecturesQueryVariables>;
export const AccountNewPage_FacilityDocument = {"__meta__":{"hash":"sha256:ee7f5aad2d65e0eb1e628b252d8b1ded5ea0c0dfb732e0a909e4dab81aba253d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountNewPage_Facility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facilityByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountNewPage_FacilityQuery, AccountNewPage_FacilityQueryVariables>;
export const AccountNewPage_CreateDocument = {"__meta__":{"hash":"sha256:a9602aa3c1d67def2abdbea37aec3a4c95447a689ee38deffdcaed47da96ee07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountNewPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}}]}}]}}]} as unknown as DocumentNode<AccountNewPage_CreateMutation, AccountNewPage_CreateMutationVariables>;
export const AccountsPage_AccountsDocument = {"__meta__":{"hash":"sha256:8680a7e48701857c9a476458eef6efa215599053b515c3ad13bbfab8adf5aef9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsPage_Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsPage_AccountsQuery, AccountsPage_AccountsQueryVariables>;
export const AccountsPage_DisableDocument = {"__meta__":{"hash":"sha256:af9b5b8cd3102e5e93432d03e299e7ce6b1a8054018607d88ff5c1db0d53c1db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountsPage_Disable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<AccountsPage_DisableMutation, AccountsPage_DisableMutationVariables>;
export const AccountsPage_EnableDocument = {"__meta__":{"hash":"sha256:6483f5adb5b901e653f419f070690a161d6498ffe33adb094a6a193ffa47a73f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountsPage_Enable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<AccountsPage_EnableMutation, AccountsPage_EnableMutationVariables>;
export const ApiTokensPage_TokensDocument = {"__meta__":{"hash":"sha256:869765d4f9402f0fab2363b74b8d276f1569d85fc8abfe24d0f3324bb3797d32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokensPage_Tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensPage_TokensQuery, ApiTokensPage_TokensQueryVariables>;
export const ApiTokensPage_CreateDocument = {"__meta__":{"hash":"sha256:8f512a5cbcf391a779f5f979b7b119a54740c6149de112be71f88857590ae53e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokensPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensPage_CreateMutation, ApiTokensPage_CreateMutationVariables>;
export const ApiTokensPage_RevokeDocument = {"__meta__":{"hash":"sha256:15a13e879a760412129a9dba8bd9f857e3c6b5278370dc96fc7b1d883aa09dd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokensPage_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensPage_RevokeMutation, ApiTokensPage_RevokeMutationVariables>;
export const LoginPage_LoginDocument = {"__meta__":{"hash":"sha256:367d0f3653264e472b862671331898bf539bd390b1c5908ee7eaa787f931d96e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loginId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutation, LoginPage_LoginMutationVariables>;
export const LogoutButton_LogoutDocument = {"__meta__":{"hash":"sha256:ca775deb459bbec2ec62ef3a541bd8b4c35a270ce4a99bb2a92bd24931492806"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutButton_Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutButton_LogoutMutation, LogoutButton_LogoutMutationVariables>;
export const PasswordResetPage_RuleDocument = {"__meta__":{"hash":"sha256:d08fdaed09d5aa8c6eb8042cfdea3e031e7e2e5d15922fd3b37e492799f80ea1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordResetPage_Rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]} as unknown as DocumentNode<PasswordResetPage_RuleQuery, PasswordResetPage_RuleQueryVariables>;
export const PasswordResetPage_ResetDocument = {"__meta__":{"hash":"sha256:09b09f372feec851aa275c710129d1a5be457c0540e810e8b05ee96fb3e42473"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetPage_Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<PasswordResetPage_ResetMutation, PasswordResetPage_ResetMutationVariables>;
export const PasswordResetRequestPage_RequestDocument = {"__meta__":{"hash":"sha256:de04b861c4e8f879026ccdfc23b46f31b57effaf5623078acc80848d7f61acd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetRequestPage_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loginId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}}}]}]}}]} as unknown as DocumentNode<PasswordResetRequestPage_RequestMutation, PasswordResetRequestPage_RequestMutationVariables>;
export const ViewerProvider_ViewerDocument = {"__meta__":{"hash":"sha256:a72a95c5a67f5deead1b93a135a3f04381262600d6c640be3f31fd48ec4d7d2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerProvider_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"menus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerProvider_ViewerQuery, ViewerProvider_ViewerQueryVariables>;
export const FacilitySearchForm_PrefecturesDocument = {"__meta__":{"hash":"sha256:e91dd5ca1f8030d97261cf278c278abc2665024a5c28448ec1db76313dbc3e4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchForm_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchForm_PrefecturesQuery, FacilitySearchForm_PrefecturesQueryVariables>;
export const FacilitySearchForm_AreasDocument = {"__meta__":{"hash":"sha256:a5408ae5afec04048b08359a09519484db286c84e48f8a5294c8f21c44de51a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchForm_Areas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchForm_AreasQuery, FacilitySearchForm_AreasQueryVariables>;
export const FacilitySearchPage_FacilitiesDocument = {"__meta__":{"hash":"sha256:e2f8f569a29119db3af875e8f7f2386ed8eb2dacfa87fffc13159d9344b91b13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchPage_Facilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilityResultsTable_Facility"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityResultsTable_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchPage_FacilitiesQuery, FacilitySearchPage_FacilitiesQueryVariables>;