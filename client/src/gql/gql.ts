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
    "\n  fragment AttachmentList_File on Attachment {\n    id\n    fileName\n    sizeBytes\n    downloadUrl\n  }\n": typeof types.AttachmentList_FileFragmentDoc,
    "\n  query AccountNewPage_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AccountNewPage_PrefecturesDocument,
    "\n  query AccountNewPage_Facility($code: String!) {\n    facilityByCode(code: $code) {\n      id\n      name\n    }\n  }\n": typeof types.AccountNewPage_FacilityDocument,
    "\n  mutation AccountNewPage_Create($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      loginId\n    }\n  }\n": typeof types.AccountNewPage_CreateDocument,
    "\n  query AccountsPage_Accounts($filter: AccountFilter, $first: Int!) {\n    accounts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          loginId\n          displayName\n          email\n          role\n          facility {\n            id\n            name\n          }\n          prefecture {\n            id\n            name\n          }\n          passwordChangedAt\n          disabledAt\n        }\n      }\n    }\n  }\n": typeof types.AccountsPage_AccountsDocument,
    "\n  mutation AccountsPage_Disable($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.AccountsPage_DisableDocument,
    "\n  mutation AccountsPage_Enable($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.AccountsPage_EnableDocument,
    "\n  query ApiTokensPage_Tokens {\n    apiTokens {\n      id\n      name\n      tokenPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensPage_TokensDocument,
    "\n  mutation ApiTokensPage_Create($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.ApiTokensPage_CreateDocument,
    "\n  mutation ApiTokensPage_Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensPage_RevokeDocument,
    "\n  query HomeTasks_Query($facilityId: ID!, $reportsBeds: Boolean!, $readsBeds: Boolean!, $inquiryStatus: InquiryStatus!) {\n    unreadNoticeCount\n    inquiries(filter: { status: $inquiryStatus }, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n        }\n      }\n    }\n    ownBeds: bedFacilityStatus(facilityId: $facilityId) @include(if: $reportsBeds) {\n      lastUpdated\n      stale\n    }\n    ownCompliance: reportingCompliance @include(if: $reportsBeds) {\n      schedule {\n        modeLabel\n        currentPeriod {\n          due\n        }\n      }\n      facilities {\n        status\n        last28Days {\n          periods\n          onTime\n          late\n          missed\n        }\n      }\n    }\n    bedReportSummary @include(if: $readsBeds) {\n      overall {\n        facilities\n        reported\n        stale\n        unreported\n        securedTotal\n        vacantTotal\n      }\n    }\n  }\n": typeof types.HomeTasks_QueryDocument,
    "\n  mutation LoginPage_Login($loginId: String!, $password: String!) {\n    login(loginId: $loginId, password: $password) {\n      role\n    }\n  }\n": typeof types.LoginPage_LoginDocument,
    "\n  mutation LogoutButton_Logout {\n    logout\n  }\n": typeof types.LogoutButton_LogoutDocument,
    "\n  query PasswordResetPage_Rule {\n    passwordRule {\n      description\n      minLength\n      maxLength\n    }\n  }\n": typeof types.PasswordResetPage_RuleDocument,
    "\n  mutation PasswordResetPage_Reset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.PasswordResetPage_ResetDocument,
    "\n  mutation PasswordResetRequestPage_Request($loginId: String!) {\n    requestPasswordReset(loginId: $loginId)\n  }\n": typeof types.PasswordResetRequestPage_RequestDocument,
    "\n  query ViewerProvider_Viewer {\n    viewer {\n      role\n      roleLabel\n      account {\n        id\n        loginId\n        displayName\n      }\n      facility {\n        id\n        name\n      }\n      prefecture {\n        id\n        name\n      }\n      menus {\n        key\n        label\n      }\n    }\n  }\n": typeof types.ViewerProvider_ViewerDocument,
    "\n  query BedAreaHistoryChart_History($areaCode: String!, $days: Int!) {\n    bedAreaHistory(secondaryMedicalAreaCode: $areaCode, days: $days) {\n      area {\n        id\n        name\n      }\n      days {\n        date\n        vacantTotal\n        securedTotal\n        immediateTotal\n        facilitiesReporting\n      }\n    }\n  }\n": typeof types.BedAreaHistoryChart_HistoryDocument,
    "\n  query BedFacilityPage_Detail($facilityId: ID!, $first: Int!) {\n    bedFacilityStatus(facilityId: $facilityId) {\n      ...BedReportRow_Row\n      facility {\n        id\n        ...BedFacility_Contact\n      }\n      latest {\n        id\n        ...BedSnapshot_Details\n      }\n    }\n    bedSnapshots(facilityId: $facilityId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BedSnapshot_HistoryRow\n          note\n        }\n      }\n    }\n  }\n": typeof types.BedFacilityPage_DetailDocument,
    "\n  fragment BedSnapshot_HistoryRow on BedSnapshot {\n    id\n    reportedAt\n    securedTotal\n    vacantTotal\n    inpatientAcceptance\n    emergencyAcceptance\n    amended\n    superseded\n    correctedAt\n  }\n": typeof types.BedSnapshot_HistoryRowFragmentDoc,
    "\n  query BedReportAllColumnsPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {\n    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      staleAfterHours\n      edges {\n        node {\n          ...BedReportRow_Row\n          facility {\n            id\n            ...BedFacility_Contact\n          }\n          latest {\n            id\n            ...BedSnapshot_Details\n          }\n        }\n      }\n    }\n  }\n": typeof types.BedReportAllColumnsPage_ReportDocument,
    "\n  query BedReportPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {\n    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      staleAfterHours\n      edges {\n        node {\n          ...BedReportRow_Row\n        }\n      }\n    }\n  }\n": typeof types.BedReportPage_ReportDocument,
    "\n  fragment BedReportRow_Row on BedReportRow {\n    lastUpdated\n    stale\n    facility {\n      id\n      code\n      name\n      secondaryMedicalArea {\n        id\n        code\n        name\n      }\n    }\n    latest {\n      id\n      ...BedSnapshot_Summary\n    }\n  }\n": typeof types.BedReportRow_RowFragmentDoc,
    "\n  fragment BedSnapshot_Summary on BedSnapshot {\n    id\n    outpatientAcceptance\n    inpatientAcceptance\n    emergencyAcceptance\n    securedTotal\n    vacantTotal\n    ventilatorsTotal\n    ventilatorsInUse\n    correctionOf\n  }\n": typeof types.BedSnapshot_SummaryFragmentDoc,
    "\n  fragment BedSnapshot_Details on BedSnapshot {\n    id\n    staffing\n    ecmoTotal\n    ecmoInUse\n    note\n    beds {\n      category\n      secured\n      immediate\n      inpatients\n      severe\n      vacant\n    }\n  }\n": typeof types.BedSnapshot_DetailsFragmentDoc,
    "\n  fragment BedFacility_Contact on Facility {\n    id\n    formattedPostalCode\n    address\n    building\n    phone\n    prefecture {\n      id\n      name\n    }\n  }\n": typeof types.BedFacility_ContactFragmentDoc,
    "\n  query BedReportSearchForm_Prefectures {\n    bedReportPrefectures {\n      id\n      code\n      name\n    }\n  }\n": typeof types.BedReportSearchForm_PrefecturesDocument,
    "\n  query BedReportSearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.BedReportSearchForm_AreasDocument,
    "\n  fragment BedReportTotals_Totals on BedReportTotals {\n    area {\n      id\n      code\n      name\n    }\n    prefecture {\n      id\n      code\n      name\n    }\n    facilities\n    reported\n    stale\n    unreported\n    securedTotal\n    immediateTotal\n    vacantTotal\n  }\n": typeof types.BedReportTotals_TotalsFragmentDoc,
    "\n  query BedReportTotals_Summary($filter: BedReportFilter) {\n    bedReportSummary(filter: $filter) {\n      prefectures {\n        ...BedReportTotals_Totals\n      }\n      areas {\n        ...BedReportTotals_Totals\n      }\n    }\n  }\n": typeof types.BedReportTotals_SummaryDocument,
    "\n  fragment BedStatusReport_Snapshot on BedSnapshot {\n    id\n    reportedAt\n    source\n    ...BedSnapshot_Summary\n    ...BedSnapshot_Details\n  }\n": typeof types.BedStatusReport_SnapshotFragmentDoc,
    "\n  mutation BedStatusReportForm_Correct($snapshotId: ID!, $input: BedReportInput!) {\n    correctBedReport(snapshotId: $snapshotId, input: $input) {\n      duplicate\n      snapshot {\n        id\n        ...BedStatusReport_Snapshot\n      }\n    }\n  }\n": typeof types.BedStatusReportForm_CorrectDocument,
    "\n  mutation BedStatusReportForm_Report($input: BedReportInput!) {\n    reportBedStatus(input: $input) {\n      duplicate\n      snapshot {\n        id\n        ...BedStatusReport_Snapshot\n      }\n    }\n  }\n": typeof types.BedStatusReportForm_ReportDocument,
    "\n  query BedStatusReportPage_Viewer {\n    viewer {\n      role\n      facility {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BedStatusReportPage_ViewerDocument,
    "\n  query BedStatusReportPage_Status($facilityId: ID!, $recent: Int!) {\n    bedFacilityStatus(facilityId: $facilityId) {\n      lastUpdated\n      stale\n      latest {\n        id\n        source\n        ...BedStatusReport_Snapshot\n      }\n    }\n    bedSnapshots(facilityId: $facilityId, first: $recent) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BedSnapshot_HistoryRow\n          source\n          correctable\n          ...BedStatusReport_Snapshot\n        }\n      }\n    }\n  }\n": typeof types.BedStatusReportPage_StatusDocument,
    "\n  subscription BedReportPage_Live($prefectureCode: String, $areaCode: String) {\n    bedStatusChanged(prefectureCode: $prefectureCode, areaCode: $areaCode) {\n      lastUpdated\n      facility {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BedReportPage_LiveDocument,
    "\n  query FaqDetailPage_Entry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      question\n      answer\n      category\n      published\n      isPublic\n      updatedAt\n    }\n  }\n": typeof types.FaqDetailPage_EntryDocument,
    "\n  mutation FaqDetailPage_Publish($id: ID!) {\n    publishFaqEntry(id: $id) {\n      id\n      published\n    }\n  }\n": typeof types.FaqDetailPage_PublishDocument,
    "\n  mutation FaqDetailPage_Unpublish($id: ID!) {\n    unpublishFaqEntry(id: $id) {\n      id\n      published\n    }\n  }\n": typeof types.FaqDetailPage_UnpublishDocument,
    "\n  fragment FaqEditorPage_Form on FaqEntry {\n    id\n    question\n    answer\n    category\n    sortOrder\n    isPublic\n  }\n": typeof types.FaqEditorPage_FormFragmentDoc,
    "\n  query FaqEditorPage_Entry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      ...FaqEditorPage_Form\n    }\n  }\n": typeof types.FaqEditorPage_EntryDocument,
    "\n  mutation FaqEditorPage_Create($input: FaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.FaqEditorPage_CreateDocument,
    "\n  mutation FaqEditorPage_Update($id: ID!, $input: FaqEntryInput!) {\n    updateFaqEntry(id: $id, input: $input) {\n      id\n      ...FaqEditorPage_Form\n    }\n  }\n": typeof types.FaqEditorPage_UpdateDocument,
    "\n  query FaqListPage_Entries($filter: FaqFilter, $first: Int!, $after: String) {\n    faqEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          question\n          category\n          published\n        }\n      }\n    }\n    faqCategories\n  }\n": typeof types.FaqListPage_EntriesDocument,
    "\n  query NoticeDetailPage_Notice($id: ID!) {\n    notice(id: $id) {\n      id\n      title\n      body\n      importance\n      publishDate\n      published\n      isPublic\n      read\n      attachments {\n        id\n        ...AttachmentList_File\n      }\n    }\n  }\n": typeof types.NoticeDetailPage_NoticeDocument,
    "\n  mutation NoticeDetailPage_MarkRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.NoticeDetailPage_MarkReadDocument,
    "\n  mutation NoticeDetailPage_Publish($id: ID!) {\n    publishNotice(id: $id) {\n      id\n      published\n    }\n  }\n": typeof types.NoticeDetailPage_PublishDocument,
    "\n  mutation NoticeDetailPage_Unpublish($id: ID!) {\n    unpublishNotice(id: $id) {\n      id\n      published\n    }\n  }\n": typeof types.NoticeDetailPage_UnpublishDocument,
    "\n  fragment NoticeEditorPage_Form on Notice {\n    id\n    title\n    body\n    importance\n    publishDate\n    isPublic\n  }\n": typeof types.NoticeEditorPage_FormFragmentDoc,
    "\n  query NoticeEditorPage_Notice($id: ID!) {\n    notice(id: $id) {\n      id\n      ...NoticeEditorPage_Form\n    }\n  }\n": typeof types.NoticeEditorPage_NoticeDocument,
    "\n  mutation NoticeEditorPage_Create($input: NoticeInput!) {\n    createNotice(input: $input) {\n      id\n    }\n  }\n": typeof types.NoticeEditorPage_CreateDocument,
    "\n  mutation NoticeEditorPage_Update($id: ID!, $input: NoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      id\n      ...NoticeEditorPage_Form\n    }\n  }\n": typeof types.NoticeEditorPage_UpdateDocument,
    "\n  query NoticeListPage_Notices($filter: NoticeFilter, $first: Int!, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          importance\n          publishDate\n          published\n          read\n        }\n      }\n    }\n    unreadNoticeCount\n  }\n": typeof types.NoticeListPage_NoticesDocument,
    "\n  fragment FacilityResultsTable_Facility on Facility {\n    id\n    code\n    name\n    kind\n    formattedPostalCode\n    address\n    building\n    prefecture {\n      id\n      name\n    }\n    secondaryMedicalArea {\n      id\n      name\n    }\n  }\n": typeof types.FacilityResultsTable_FacilityFragmentDoc,
    "\n  query FacilitySearchForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": typeof types.FacilitySearchForm_PrefecturesDocument,
    "\n  query FacilitySearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.FacilitySearchForm_AreasDocument,
    "\n  query FacilitySearchPage_Facilities($filter: FacilityFilter, $first: Int!, $after: String) {\n    facilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FacilityResultsTable_Facility\n        }\n      }\n    }\n  }\n": typeof types.FacilitySearchPage_FacilitiesDocument,
    "\n  query InquiryListPage_Inquiries($filter: InquiryFilter, $first: Int!, $after: String) {\n    inquiries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...InquirySummary_Inquiry\n          prefecture {\n            name\n          }\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.InquiryListPage_InquiriesDocument,
    "\n  query InquiryListPage_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": typeof types.InquiryListPage_PrefecturesDocument,
    "\n  fragment InquirySummary_Inquiry on Inquiry {\n    id\n    number\n    subject\n    status\n    category\n    organisationName\n  }\n": typeof types.InquirySummary_InquiryFragmentDoc,
    "\n  query InquiryThreadPage_Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      ...InquirySummary_Inquiry\n      messages {\n        kind\n        body\n        fromOffice\n        authorName\n        createdAt\n        attachments {\n          id\n          ...AttachmentList_File\n        }\n      }\n    }\n  }\n": typeof types.InquiryThreadPage_InquiryDocument,
    "\n  mutation InquiryThreadPage_Comment($input: AddInquiryCommentInput!) {\n    addInquiryComment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.InquiryThreadPage_CommentDocument,
    "\n  mutation InquiryThreadPage_Answer($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.InquiryThreadPage_AnswerDocument,
    "\n  mutation InquiryThreadPage_Close($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.InquiryThreadPage_CloseDocument,
    "\n  mutation NewInquiryPage_Create($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      id\n    }\n  }\n": typeof types.NewInquiryPage_CreateDocument,
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
    "\n  query ReportingCompliancePage_Prefectures {\n    prefectures {\n      code\n      name\n    }\n  }\n": typeof types.ReportingCompliancePage_PrefecturesDocument,
    "\n  query ReportingCompliancePage_Query($prefectureCode: String) {\n    reportingCompliance(prefectureCode: $prefectureCode) {\n      totalCount\n      overdueCount\n      schedule {\n        mode\n        dueTime\n        cadenceHours\n        prefecture {\n          code\n          name\n        }\n        currentPeriod {\n          start\n          due\n        }\n      }\n      facilities {\n        facility {\n          id\n          code\n          name\n          phone\n        }\n        status\n        lastReportedAt\n        last7Days {\n          periods\n          onTime\n          late\n          missed\n        }\n        last28Days {\n          periods\n          onTime\n          late\n          missed\n          onTimeShare\n        }\n      }\n      areas {\n        area {\n          code\n          name\n        }\n        last7Days {\n          onTimeShare\n        }\n        last28Days {\n          periods\n          onTimeShare\n        }\n      }\n      overall {\n        last7Days {\n          onTimeShare\n        }\n        last28Days {\n          onTimeShare\n        }\n      }\n    }\n  }\n": typeof types.ReportingCompliancePage_QueryDocument,
    "\n  query ReportingModeBanner_Query {\n    reportingSchedule {\n      mode\n      modeLabel\n      cadenceHours\n      prefecture {\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n": typeof types.ReportingModeBanner_QueryDocument,
    "\n  query ReportingSettingsPage_Prefectures {\n    prefectures {\n      code\n      name\n    }\n  }\n": typeof types.ReportingSettingsPage_PrefecturesDocument,
    "\n  query ReportingSettingsPage_Query($prefectureCode: String) {\n    reportingSchedule(prefectureCode: $prefectureCode) {\n      mode\n      dueTime\n      alertCadenceHours\n      disasterCadenceHours\n      cadenceHours\n      reminderBeforeMinutes\n      escalationAfterMinutes\n      configured\n      updatedAt\n      prefecture {\n        code\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n": typeof types.ReportingSettingsPage_QueryDocument,
    "\n  mutation ReportingSettingsPage_Save($input: ReportingScheduleInput!) {\n    updateReportingSchedule(input: $input) {\n      mode\n      dueTime\n      alertCadenceHours\n      disasterCadenceHours\n      cadenceHours\n      reminderBeforeMinutes\n      escalationAfterMinutes\n      configured\n      updatedAt\n      prefecture {\n        code\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n": typeof types.ReportingSettingsPage_SaveDocument,
};
const documents: Documents = {
    "\n  fragment AttachmentList_File on Attachment {\n    id\n    fileName\n    sizeBytes\n    downloadUrl\n  }\n": types.AttachmentList_FileFragmentDoc,
    "\n  query AccountNewPage_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": types.AccountNewPage_PrefecturesDocument,
    "\n  query AccountNewPage_Facility($code: String!) {\n    facilityByCode(code: $code) {\n      id\n      name\n    }\n  }\n": types.AccountNewPage_FacilityDocument,
    "\n  mutation AccountNewPage_Create($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      loginId\n    }\n  }\n": types.AccountNewPage_CreateDocument,
    "\n  query AccountsPage_Accounts($filter: AccountFilter, $first: Int!) {\n    accounts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          loginId\n          displayName\n          email\n          role\n          facility {\n            id\n            name\n          }\n          prefecture {\n            id\n            name\n          }\n          passwordChangedAt\n          disabledAt\n        }\n      }\n    }\n  }\n": types.AccountsPage_AccountsDocument,
    "\n  mutation AccountsPage_Disable($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": types.AccountsPage_DisableDocument,
    "\n  mutation AccountsPage_Enable($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": types.AccountsPage_EnableDocument,
    "\n  query ApiTokensPage_Tokens {\n    apiTokens {\n      id\n      name\n      tokenPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensPage_TokensDocument,
    "\n  mutation ApiTokensPage_Create($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.ApiTokensPage_CreateDocument,
    "\n  mutation ApiTokensPage_Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.ApiTokensPage_RevokeDocument,
    "\n  query HomeTasks_Query($facilityId: ID!, $reportsBeds: Boolean!, $readsBeds: Boolean!, $inquiryStatus: InquiryStatus!) {\n    unreadNoticeCount\n    inquiries(filter: { status: $inquiryStatus }, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n        }\n      }\n    }\n    ownBeds: bedFacilityStatus(facilityId: $facilityId) @include(if: $reportsBeds) {\n      lastUpdated\n      stale\n    }\n    ownCompliance: reportingCompliance @include(if: $reportsBeds) {\n      schedule {\n        modeLabel\n        currentPeriod {\n          due\n        }\n      }\n      facilities {\n        status\n        last28Days {\n          periods\n          onTime\n          late\n          missed\n        }\n      }\n    }\n    bedReportSummary @include(if: $readsBeds) {\n      overall {\n        facilities\n        reported\n        stale\n        unreported\n        securedTotal\n        vacantTotal\n      }\n    }\n  }\n": types.HomeTasks_QueryDocument,
    "\n  mutation LoginPage_Login($loginId: String!, $password: String!) {\n    login(loginId: $loginId, password: $password) {\n      role\n    }\n  }\n": types.LoginPage_LoginDocument,
    "\n  mutation LogoutButton_Logout {\n    logout\n  }\n": types.LogoutButton_LogoutDocument,
    "\n  query PasswordResetPage_Rule {\n    passwordRule {\n      description\n      minLength\n      maxLength\n    }\n  }\n": types.PasswordResetPage_RuleDocument,
    "\n  mutation PasswordResetPage_Reset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.PasswordResetPage_ResetDocument,
    "\n  mutation PasswordResetRequestPage_Request($loginId: String!) {\n    requestPasswordReset(loginId: $loginId)\n  }\n": types.PasswordResetRequestPage_RequestDocument,
    "\n  query ViewerProvider_Viewer {\n    viewer {\n      role\n      roleLabel\n      account {\n        id\n        loginId\n        displayName\n      }\n      facility {\n        id\n        name\n      }\n      prefecture {\n        id\n        name\n      }\n      menus {\n        key\n        label\n      }\n    }\n  }\n": types.ViewerProvider_ViewerDocument,
    "\n  query BedAreaHistoryChart_History($areaCode: String!, $days: Int!) {\n    bedAreaHistory(secondaryMedicalAreaCode: $areaCode, days: $days) {\n      area {\n        id\n        name\n      }\n      days {\n        date\n        vacantTotal\n        securedTotal\n        immediateTotal\n        facilitiesReporting\n      }\n    }\n  }\n": types.BedAreaHistoryChart_HistoryDocument,
    "\n  query BedFacilityPage_Detail($facilityId: ID!, $first: Int!) {\n    bedFacilityStatus(facilityId: $facilityId) {\n      ...BedReportRow_Row\n      facility {\n        id\n        ...BedFacility_Contact\n      }\n      latest {\n        id\n        ...BedSnapshot_Details\n      }\n    }\n    bedSnapshots(facilityId: $facilityId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BedSnapshot_HistoryRow\n          note\n        }\n      }\n    }\n  }\n": types.BedFacilityPage_DetailDocument,
    "\n  fragment BedSnapshot_HistoryRow on BedSnapshot {\n    id\n    reportedAt\n    securedTotal\n    vacantTotal\n    inpatientAcceptance\n    emergencyAcceptance\n    amended\n    superseded\n    correctedAt\n  }\n": types.BedSnapshot_HistoryRowFragmentDoc,
    "\n  query BedReportAllColumnsPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {\n    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      staleAfterHours\n      edges {\n        node {\n          ...BedReportRow_Row\n          facility {\n            id\n            ...BedFacility_Contact\n          }\n          latest {\n            id\n            ...BedSnapshot_Details\n          }\n        }\n      }\n    }\n  }\n": types.BedReportAllColumnsPage_ReportDocument,
    "\n  query BedReportPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {\n    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      staleAfterHours\n      edges {\n        node {\n          ...BedReportRow_Row\n        }\n      }\n    }\n  }\n": types.BedReportPage_ReportDocument,
    "\n  fragment BedReportRow_Row on BedReportRow {\n    lastUpdated\n    stale\n    facility {\n      id\n      code\n      name\n      secondaryMedicalArea {\n        id\n        code\n        name\n      }\n    }\n    latest {\n      id\n      ...BedSnapshot_Summary\n    }\n  }\n": types.BedReportRow_RowFragmentDoc,
    "\n  fragment BedSnapshot_Summary on BedSnapshot {\n    id\n    outpatientAcceptance\n    inpatientAcceptance\n    emergencyAcceptance\n    securedTotal\n    vacantTotal\n    ventilatorsTotal\n    ventilatorsInUse\n    correctionOf\n  }\n": types.BedSnapshot_SummaryFragmentDoc,
    "\n  fragment BedSnapshot_Details on BedSnapshot {\n    id\n    staffing\n    ecmoTotal\n    ecmoInUse\n    note\n    beds {\n      category\n      secured\n      immediate\n      inpatients\n      severe\n      vacant\n    }\n  }\n": types.BedSnapshot_DetailsFragmentDoc,
    "\n  fragment BedFacility_Contact on Facility {\n    id\n    formattedPostalCode\n    address\n    building\n    phone\n    prefecture {\n      id\n      name\n    }\n  }\n": types.BedFacility_ContactFragmentDoc,
    "\n  query BedReportSearchForm_Prefectures {\n    bedReportPrefectures {\n      id\n      code\n      name\n    }\n  }\n": types.BedReportSearchForm_PrefecturesDocument,
    "\n  query BedReportSearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n": types.BedReportSearchForm_AreasDocument,
    "\n  fragment BedReportTotals_Totals on BedReportTotals {\n    area {\n      id\n      code\n      name\n    }\n    prefecture {\n      id\n      code\n      name\n    }\n    facilities\n    reported\n    stale\n    unreported\n    securedTotal\n    immediateTotal\n    vacantTotal\n  }\n": types.BedReportTotals_TotalsFragmentDoc,
    "\n  query BedReportTotals_Summary($filter: BedReportFilter) {\n    bedReportSummary(filter: $filter) {\n      prefectures {\n        ...BedReportTotals_Totals\n      }\n      areas {\n        ...BedReportTotals_Totals\n      }\n    }\n  }\n": types.BedReportTotals_SummaryDocument,
    "\n  fragment BedStatusReport_Snapshot on BedSnapshot {\n    id\n    reportedAt\n    source\n    ...BedSnapshot_Summary\n    ...BedSnapshot_Details\n  }\n": types.BedStatusReport_SnapshotFragmentDoc,
    "\n  mutation BedStatusReportForm_Correct($snapshotId: ID!, $input: BedReportInput!) {\n    correctBedReport(snapshotId: $snapshotId, input: $input) {\n      duplicate\n      snapshot {\n        id\n        ...BedStatusReport_Snapshot\n      }\n    }\n  }\n": types.BedStatusReportForm_CorrectDocument,
    "\n  mutation BedStatusReportForm_Report($input: BedReportInput!) {\n    reportBedStatus(input: $input) {\n      duplicate\n      snapshot {\n        id\n        ...BedStatusReport_Snapshot\n      }\n    }\n  }\n": types.BedStatusReportForm_ReportDocument,
    "\n  query BedStatusReportPage_Viewer {\n    viewer {\n      role\n      facility {\n        id\n        name\n      }\n    }\n  }\n": types.BedStatusReportPage_ViewerDocument,
    "\n  query BedStatusReportPage_Status($facilityId: ID!, $recent: Int!) {\n    bedFacilityStatus(facilityId: $facilityId) {\n      lastUpdated\n      stale\n      latest {\n        id\n        source\n        ...BedStatusReport_Snapshot\n      }\n    }\n    bedSnapshots(facilityId: $facilityId, first: $recent) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BedSnapshot_HistoryRow\n          source\n          correctable\n          ...BedStatusReport_Snapshot\n        }\n      }\n    }\n  }\n": types.BedStatusReportPage_StatusDocument,
    "\n  subscription BedReportPage_Live($prefectureCode: String, $areaCode: String) {\n    bedStatusChanged(prefectureCode: $prefectureCode, areaCode: $areaCode) {\n      lastUpdated\n      facility {\n        id\n        name\n      }\n    }\n  }\n": types.BedReportPage_LiveDocument,
    "\n  query FaqDetailPage_Entry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      question\n      answer\n      category\n      published\n      isPublic\n      updatedAt\n    }\n  }\n": types.FaqDetailPage_EntryDocument,
    "\n  mutation FaqDetailPage_Publish($id: ID!) {\n    publishFaqEntry(id: $id) {\n      id\n      published\n    }\n  }\n": types.FaqDetailPage_PublishDocument,
    "\n  mutation FaqDetailPage_Unpublish($id: ID!) {\n    unpublishFaqEntry(id: $id) {\n      id\n      published\n    }\n  }\n": types.FaqDetailPage_UnpublishDocument,
    "\n  fragment FaqEditorPage_Form on FaqEntry {\n    id\n    question\n    answer\n    category\n    sortOrder\n    isPublic\n  }\n": types.FaqEditorPage_FormFragmentDoc,
    "\n  query FaqEditorPage_Entry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      ...FaqEditorPage_Form\n    }\n  }\n": types.FaqEditorPage_EntryDocument,
    "\n  mutation FaqEditorPage_Create($input: FaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      id\n    }\n  }\n": types.FaqEditorPage_CreateDocument,
    "\n  mutation FaqEditorPage_Update($id: ID!, $input: FaqEntryInput!) {\n    updateFaqEntry(id: $id, input: $input) {\n      id\n      ...FaqEditorPage_Form\n    }\n  }\n": types.FaqEditorPage_UpdateDocument,
    "\n  query FaqListPage_Entries($filter: FaqFilter, $first: Int!, $after: String) {\n    faqEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          question\n          category\n          published\n        }\n      }\n    }\n    faqCategories\n  }\n": types.FaqListPage_EntriesDocument,
    "\n  query NoticeDetailPage_Notice($id: ID!) {\n    notice(id: $id) {\n      id\n      title\n      body\n      importance\n      publishDate\n      published\n      isPublic\n      read\n      attachments {\n        id\n        ...AttachmentList_File\n      }\n    }\n  }\n": types.NoticeDetailPage_NoticeDocument,
    "\n  mutation NoticeDetailPage_MarkRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.NoticeDetailPage_MarkReadDocument,
    "\n  mutation NoticeDetailPage_Publish($id: ID!) {\n    publishNotice(id: $id) {\n      id\n      published\n    }\n  }\n": types.NoticeDetailPage_PublishDocument,
    "\n  mutation NoticeDetailPage_Unpublish($id: ID!) {\n    unpublishNotice(id: $id) {\n      id\n      published\n    }\n  }\n": types.NoticeDetailPage_UnpublishDocument,
    "\n  fragment NoticeEditorPage_Form on Notice {\n    id\n    title\n    body\n    importance\n    publishDate\n    isPublic\n  }\n": types.NoticeEditorPage_FormFragmentDoc,
    "\n  query NoticeEditorPage_Notice($id: ID!) {\n    notice(id: $id) {\n      id\n      ...NoticeEditorPage_Form\n    }\n  }\n": types.NoticeEditorPage_NoticeDocument,
    "\n  mutation NoticeEditorPage_Create($input: NoticeInput!) {\n    createNotice(input: $input) {\n      id\n    }\n  }\n": types.NoticeEditorPage_CreateDocument,
    "\n  mutation NoticeEditorPage_Update($id: ID!, $input: NoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      id\n      ...NoticeEditorPage_Form\n    }\n  }\n": types.NoticeEditorPage_UpdateDocument,
    "\n  query NoticeListPage_Notices($filter: NoticeFilter, $first: Int!, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          importance\n          publishDate\n          published\n          read\n        }\n      }\n    }\n    unreadNoticeCount\n  }\n": types.NoticeListPage_NoticesDocument,
    "\n  fragment FacilityResultsTable_Facility on Facility {\n    id\n    code\n    name\n    kind\n    formattedPostalCode\n    address\n    building\n    prefecture {\n      id\n      name\n    }\n    secondaryMedicalArea {\n      id\n      name\n    }\n  }\n": types.FacilityResultsTable_FacilityFragmentDoc,
    "\n  query FacilitySearchForm_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": types.FacilitySearchForm_PrefecturesDocument,
    "\n  query FacilitySearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n": types.FacilitySearchForm_AreasDocument,
    "\n  query FacilitySearchPage_Facilities($filter: FacilityFilter, $first: Int!, $after: String) {\n    facilities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FacilityResultsTable_Facility\n        }\n      }\n    }\n  }\n": types.FacilitySearchPage_FacilitiesDocument,
    "\n  query InquiryListPage_Inquiries($filter: InquiryFilter, $first: Int!, $after: String) {\n    inquiries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...InquirySummary_Inquiry\n          prefecture {\n            name\n          }\n          updatedAt\n        }\n      }\n    }\n  }\n": types.InquiryListPage_InquiriesDocument,
    "\n  query InquiryListPage_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n": types.InquiryListPage_PrefecturesDocument,
    "\n  fragment InquirySummary_Inquiry on Inquiry {\n    id\n    number\n    subject\n    status\n    category\n    organisationName\n  }\n": types.InquirySummary_InquiryFragmentDoc,
    "\n  query InquiryThreadPage_Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      ...InquirySummary_Inquiry\n      messages {\n        kind\n        body\n        fromOffice\n        authorName\n        createdAt\n        attachments {\n          id\n          ...AttachmentList_File\n        }\n      }\n    }\n  }\n": types.InquiryThreadPage_InquiryDocument,
    "\n  mutation InquiryThreadPage_Comment($input: AddInquiryCommentInput!) {\n    addInquiryComment(input: $input) {\n      id\n      status\n    }\n  }\n": types.InquiryThreadPage_CommentDocument,
    "\n  mutation InquiryThreadPage_Answer($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      status\n    }\n  }\n": types.InquiryThreadPage_AnswerDocument,
    "\n  mutation InquiryThreadPage_Close($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n": types.InquiryThreadPage_CloseDocument,
    "\n  mutation NewInquiryPage_Create($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      id\n    }\n  }\n": types.NewInquiryPage_CreateDocument,
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
    "\n  query ReportingCompliancePage_Prefectures {\n    prefectures {\n      code\n      name\n    }\n  }\n": types.ReportingCompliancePage_PrefecturesDocument,
    "\n  query ReportingCompliancePage_Query($prefectureCode: String) {\n    reportingCompliance(prefectureCode: $prefectureCode) {\n      totalCount\n      overdueCount\n      schedule {\n        mode\n        dueTime\n        cadenceHours\n        prefecture {\n          code\n          name\n        }\n        currentPeriod {\n          start\n          due\n        }\n      }\n      facilities {\n        facility {\n          id\n          code\n          name\n          phone\n        }\n        status\n        lastReportedAt\n        last7Days {\n          periods\n          onTime\n          late\n          missed\n        }\n        last28Days {\n          periods\n          onTime\n          late\n          missed\n          onTimeShare\n        }\n      }\n      areas {\n        area {\n          code\n          name\n        }\n        last7Days {\n          onTimeShare\n        }\n        last28Days {\n          periods\n          onTimeShare\n        }\n      }\n      overall {\n        last7Days {\n          onTimeShare\n        }\n        last28Days {\n          onTimeShare\n        }\n      }\n    }\n  }\n": types.ReportingCompliancePage_QueryDocument,
    "\n  query ReportingModeBanner_Query {\n    reportingSchedule {\n      mode\n      modeLabel\n      cadenceHours\n      prefecture {\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n": types.ReportingModeBanner_QueryDocument,
    "\n  query ReportingSettingsPage_Prefectures {\n    prefectures {\n      code\n      name\n    }\n  }\n": types.ReportingSettingsPage_PrefecturesDocument,
    "\n  query ReportingSettingsPage_Query($prefectureCode: String) {\n    reportingSchedule(prefectureCode: $prefectureCode) {\n      mode\n      dueTime\n      alertCadenceHours\n      disasterCadenceHours\n      cadenceHours\n      reminderBeforeMinutes\n      escalationAfterMinutes\n      configured\n      updatedAt\n      prefecture {\n        code\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n": types.ReportingSettingsPage_QueryDocument,
    "\n  mutation ReportingSettingsPage_Save($input: ReportingScheduleInput!) {\n    updateReportingSchedule(input: $input) {\n      mode\n      dueTime\n      alertCadenceHours\n      disasterCadenceHours\n      cadenceHours\n      reminderBeforeMinutes\n      escalationAfterMinutes\n      configured\n      updatedAt\n      prefecture {\n        code\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n": types.ReportingSettingsPage_SaveDocument,
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
export function graphql(source: "\n  fragment AttachmentList_File on Attachment {\n    id\n    fileName\n    sizeBytes\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment AttachmentList_File on Attachment {\n    id\n    fileName\n    sizeBytes\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNewPage_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AccountNewPage_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNewPage_Facility($code: String!) {\n    facilityByCode(code: $code) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AccountNewPage_Facility($code: String!) {\n    facilityByCode(code: $code) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountNewPage_Create($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      loginId\n    }\n  }\n"): (typeof documents)["\n  mutation AccountNewPage_Create($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      loginId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPage_Accounts($filter: AccountFilter, $first: Int!) {\n    accounts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          loginId\n          displayName\n          email\n          role\n          facility {\n            id\n            name\n          }\n          prefecture {\n            id\n            name\n          }\n          passwordChangedAt\n          disabledAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsPage_Accounts($filter: AccountFilter, $first: Int!) {\n    accounts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          loginId\n          displayName\n          email\n          role\n          facility {\n            id\n            name\n          }\n          prefecture {\n            id\n            name\n          }\n          passwordChangedAt\n          disabledAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsPage_Disable($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsPage_Disable($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsPage_Enable($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsPage_Enable($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokensPage_Tokens {\n    apiTokens {\n      id\n      name\n      tokenPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokensPage_Tokens {\n    apiTokens {\n      id\n      name\n      tokenPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokensPage_Create($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokensPage_Create($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokensPage_Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokensPage_Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeTasks_Query($facilityId: ID!, $reportsBeds: Boolean!, $readsBeds: Boolean!, $inquiryStatus: InquiryStatus!) {\n    unreadNoticeCount\n    inquiries(filter: { status: $inquiryStatus }, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n        }\n      }\n    }\n    ownBeds: bedFacilityStatus(facilityId: $facilityId) @include(if: $reportsBeds) {\n      lastUpdated\n      stale\n    }\n    ownCompliance: reportingCompliance @include(if: $reportsBeds) {\n      schedule {\n        modeLabel\n        currentPeriod {\n          due\n        }\n      }\n      facilities {\n        status\n        last28Days {\n          periods\n          onTime\n          late\n          missed\n        }\n      }\n    }\n    bedReportSummary @include(if: $readsBeds) {\n      overall {\n        facilities\n        reported\n        stale\n        unreported\n        securedTotal\n        vacantTotal\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeTasks_Query($facilityId: ID!, $reportsBeds: Boolean!, $readsBeds: Boolean!, $inquiryStatus: InquiryStatus!) {\n    unreadNoticeCount\n    inquiries(filter: { status: $inquiryStatus }, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n        }\n      }\n    }\n    ownBeds: bedFacilityStatus(facilityId: $facilityId) @include(if: $reportsBeds) {\n      lastUpdated\n      stale\n    }\n    ownCompliance: reportingCompliance @include(if: $reportsBeds) {\n      schedule {\n        modeLabel\n        currentPeriod {\n          due\n        }\n      }\n      facilities {\n        status\n        last28Days {\n          periods\n          onTime\n          late\n          missed\n        }\n      }\n    }\n    bedReportSummary @include(if: $readsBeds) {\n      overall {\n        facilities\n        reported\n        stale\n        unreported\n        securedTotal\n        vacantTotal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPage_Login($loginId: String!, $password: String!) {\n    login(loginId: $loginId, password: $password) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPage_Login($loginId: String!, $password: String!) {\n    login(loginId: $loginId, password: $password) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutButton_Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation LogoutButton_Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetPage_Rule {\n    passwordRule {\n      description\n      minLength\n      maxLength\n    }\n  }\n"): (typeof documents)["\n  query PasswordResetPage_Rule {\n    passwordRule {\n      description\n      minLength\n      maxLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordResetPage_Reset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation PasswordResetPage_Reset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordResetRequestPage_Request($loginId: String!) {\n    requestPasswordReset(loginId: $loginId)\n  }\n"): (typeof documents)["\n  mutation PasswordResetRequestPage_Request($loginId: String!) {\n    requestPasswordReset(loginId: $loginId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerProvider_Viewer {\n    viewer {\n      role\n      roleLabel\n      account {\n        id\n        loginId\n        displayName\n      }\n      facility {\n        id\n        name\n      }\n      prefecture {\n        id\n        name\n      }\n      menus {\n        key\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerProvider_Viewer {\n    viewer {\n      role\n      roleLabel\n      account {\n        id\n        loginId\n        displayName\n      }\n      facility {\n        id\n        name\n      }\n      prefecture {\n        id\n        name\n      }\n      menus {\n        key\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedAreaHistoryChart_History($areaCode: String!, $days: Int!) {\n    bedAreaHistory(secondaryMedicalAreaCode: $areaCode, days: $days) {\n      area {\n        id\n        name\n      }\n      days {\n        date\n        vacantTotal\n        securedTotal\n        immediateTotal\n        facilitiesReporting\n      }\n    }\n  }\n"): (typeof documents)["\n  query BedAreaHistoryChart_History($areaCode: String!, $days: Int!) {\n    bedAreaHistory(secondaryMedicalAreaCode: $areaCode, days: $days) {\n      area {\n        id\n        name\n      }\n      days {\n        date\n        vacantTotal\n        securedTotal\n        immediateTotal\n        facilitiesReporting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedFacilityPage_Detail($facilityId: ID!, $first: Int!) {\n    bedFacilityStatus(facilityId: $facilityId) {\n      ...BedReportRow_Row\n      facility {\n        id\n        ...BedFacility_Contact\n      }\n      latest {\n        id\n        ...BedSnapshot_Details\n      }\n    }\n    bedSnapshots(facilityId: $facilityId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BedSnapshot_HistoryRow\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BedFacilityPage_Detail($facilityId: ID!, $first: Int!) {\n    bedFacilityStatus(facilityId: $facilityId) {\n      ...BedReportRow_Row\n      facility {\n        id\n        ...BedFacility_Contact\n      }\n      latest {\n        id\n        ...BedSnapshot_Details\n      }\n    }\n    bedSnapshots(facilityId: $facilityId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BedSnapshot_HistoryRow\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BedSnapshot_HistoryRow on BedSnapshot {\n    id\n    reportedAt\n    securedTotal\n    vacantTotal\n    inpatientAcceptance\n    emergencyAcceptance\n    amended\n    superseded\n    correctedAt\n  }\n"): (typeof documents)["\n  fragment BedSnapshot_HistoryRow on BedSnapshot {\n    id\n    reportedAt\n    securedTotal\n    vacantTotal\n    inpatientAcceptance\n    emergencyAcceptance\n    amended\n    superseded\n    correctedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedReportAllColumnsPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {\n    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      staleAfterHours\n      edges {\n        node {\n          ...BedReportRow_Row\n          facility {\n            id\n            ...BedFacility_Contact\n          }\n          latest {\n            id\n            ...BedSnapshot_Details\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BedReportAllColumnsPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {\n    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      staleAfterHours\n      edges {\n        node {\n          ...BedReportRow_Row\n          facility {\n            id\n            ...BedFacility_Contact\n          }\n          latest {\n            id\n            ...BedSnapshot_Details\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedReportPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {\n    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      staleAfterHours\n      edges {\n        node {\n          ...BedReportRow_Row\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BedReportPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {\n    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      staleAfterHours\n      edges {\n        node {\n          ...BedReportRow_Row\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BedReportRow_Row on BedReportRow {\n    lastUpdated\n    stale\n    facility {\n      id\n      code\n      name\n      secondaryMedicalArea {\n        id\n        code\n        name\n      }\n    }\n    latest {\n      id\n      ...BedSnapshot_Summary\n    }\n  }\n"): (typeof documents)["\n  fragment BedReportRow_Row on BedReportRow {\n    lastUpdated\n    stale\n    facility {\n      id\n      code\n      name\n      secondaryMedicalArea {\n        id\n        code\n        name\n      }\n    }\n    latest {\n      id\n      ...BedSnapshot_Summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BedSnapshot_Summary on BedSnapshot {\n    id\n    outpatientAcceptance\n    inpatientAcceptance\n    emergencyAcceptance\n    securedTotal\n    vacantTotal\n    ventilatorsTotal\n    ventilatorsInUse\n    correctionOf\n  }\n"): (typeof documents)["\n  fragment BedSnapshot_Summary on BedSnapshot {\n    id\n    outpatientAcceptance\n    inpatientAcceptance\n    emergencyAcceptance\n    securedTotal\n    vacantTotal\n    ventilatorsTotal\n    ventilatorsInUse\n    correctionOf\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BedSnapshot_Details on BedSnapshot {\n    id\n    staffing\n    ecmoTotal\n    ecmoInUse\n    note\n    beds {\n      category\n      secured\n      immediate\n      inpatients\n      severe\n      vacant\n    }\n  }\n"): (typeof documents)["\n  fragment BedSnapshot_Details on BedSnapshot {\n    id\n    staffing\n    ecmoTotal\n    ecmoInUse\n    note\n    beds {\n      category\n      secured\n      immediate\n      inpatients\n      severe\n      vacant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BedFacility_Contact on Facility {\n    id\n    formattedPostalCode\n    address\n    building\n    phone\n    prefecture {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BedFacility_Contact on Facility {\n    id\n    formattedPostalCode\n    address\n    building\n    phone\n    prefecture {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedReportSearchForm_Prefectures {\n    bedReportPrefectures {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query BedReportSearchForm_Prefectures {\n    bedReportPrefectures {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedReportSearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query BedReportSearchForm_Areas($prefectureCode: String!) {\n    secondaryMedicalAreas(prefectureCode: $prefectureCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BedReportTotals_Totals on BedReportTotals {\n    area {\n      id\n      code\n      name\n    }\n    prefecture {\n      id\n      code\n      name\n    }\n    facilities\n    reported\n    stale\n    unreported\n    securedTotal\n    immediateTotal\n    vacantTotal\n  }\n"): (typeof documents)["\n  fragment BedReportTotals_Totals on BedReportTotals {\n    area {\n      id\n      code\n      name\n    }\n    prefecture {\n      id\n      code\n      name\n    }\n    facilities\n    reported\n    stale\n    unreported\n    securedTotal\n    immediateTotal\n    vacantTotal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedReportTotals_Summary($filter: BedReportFilter) {\n    bedReportSummary(filter: $filter) {\n      prefectures {\n        ...BedReportTotals_Totals\n      }\n      areas {\n        ...BedReportTotals_Totals\n      }\n    }\n  }\n"): (typeof documents)["\n  query BedReportTotals_Summary($filter: BedReportFilter) {\n    bedReportSummary(filter: $filter) {\n      prefectures {\n        ...BedReportTotals_Totals\n      }\n      areas {\n        ...BedReportTotals_Totals\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BedStatusReport_Snapshot on BedSnapshot {\n    id\n    reportedAt\n    source\n    ...BedSnapshot_Summary\n    ...BedSnapshot_Details\n  }\n"): (typeof documents)["\n  fragment BedStatusReport_Snapshot on BedSnapshot {\n    id\n    reportedAt\n    source\n    ...BedSnapshot_Summary\n    ...BedSnapshot_Details\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BedStatusReportForm_Correct($snapshotId: ID!, $input: BedReportInput!) {\n    correctBedReport(snapshotId: $snapshotId, input: $input) {\n      duplicate\n      snapshot {\n        id\n        ...BedStatusReport_Snapshot\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BedStatusReportForm_Correct($snapshotId: ID!, $input: BedReportInput!) {\n    correctBedReport(snapshotId: $snapshotId, input: $input) {\n      duplicate\n      snapshot {\n        id\n        ...BedStatusReport_Snapshot\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BedStatusReportForm_Report($input: BedReportInput!) {\n    reportBedStatus(input: $input) {\n      duplicate\n      snapshot {\n        id\n        ...BedStatusReport_Snapshot\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BedStatusReportForm_Report($input: BedReportInput!) {\n    reportBedStatus(input: $input) {\n      duplicate\n      snapshot {\n        id\n        ...BedStatusReport_Snapshot\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedStatusReportPage_Viewer {\n    viewer {\n      role\n      facility {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BedStatusReportPage_Viewer {\n    viewer {\n      role\n      facility {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedStatusReportPage_Status($facilityId: ID!, $recent: Int!) {\n    bedFacilityStatus(facilityId: $facilityId) {\n      lastUpdated\n      stale\n      latest {\n        id\n        source\n        ...BedStatusReport_Snapshot\n      }\n    }\n    bedSnapshots(facilityId: $facilityId, first: $recent) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BedSnapshot_HistoryRow\n          source\n          correctable\n          ...BedStatusReport_Snapshot\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BedStatusReportPage_Status($facilityId: ID!, $recent: Int!) {\n    bedFacilityStatus(facilityId: $facilityId) {\n      lastUpdated\n      stale\n      latest {\n        id\n        source\n        ...BedStatusReport_Snapshot\n      }\n    }\n    bedSnapshots(facilityId: $facilityId, first: $recent) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BedSnapshot_HistoryRow\n          source\n          correctable\n          ...BedStatusReport_Snapshot\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BedReportPage_Live($prefectureCode: String, $areaCode: String) {\n    bedStatusChanged(prefectureCode: $prefectureCode, areaCode: $areaCode) {\n      lastUpdated\n      facility {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BedReportPage_Live($prefectureCode: String, $areaCode: String) {\n    bedStatusChanged(prefectureCode: $prefectureCode, areaCode: $areaCode) {\n      lastUpdated\n      facility {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqDetailPage_Entry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      question\n      answer\n      category\n      published\n      isPublic\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query FaqDetailPage_Entry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      question\n      answer\n      category\n      published\n      isPublic\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaqDetailPage_Publish($id: ID!) {\n    publishFaqEntry(id: $id) {\n      id\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation FaqDetailPage_Publish($id: ID!) {\n    publishFaqEntry(id: $id) {\n      id\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaqDetailPage_Unpublish($id: ID!) {\n    unpublishFaqEntry(id: $id) {\n      id\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation FaqDetailPage_Unpublish($id: ID!) {\n    unpublishFaqEntry(id: $id) {\n      id\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaqEditorPage_Form on FaqEntry {\n    id\n    question\n    answer\n    category\n    sortOrder\n    isPublic\n  }\n"): (typeof documents)["\n  fragment FaqEditorPage_Form on FaqEntry {\n    id\n    question\n    answer\n    category\n    sortOrder\n    isPublic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqEditorPage_Entry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      ...FaqEditorPage_Form\n    }\n  }\n"): (typeof documents)["\n  query FaqEditorPage_Entry($id: ID!) {\n    faqEntry(id: $id) {\n      id\n      ...FaqEditorPage_Form\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaqEditorPage_Create($input: FaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FaqEditorPage_Create($input: FaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaqEditorPage_Update($id: ID!, $input: FaqEntryInput!) {\n    updateFaqEntry(id: $id, input: $input) {\n      id\n      ...FaqEditorPage_Form\n    }\n  }\n"): (typeof documents)["\n  mutation FaqEditorPage_Update($id: ID!, $input: FaqEntryInput!) {\n    updateFaqEntry(id: $id, input: $input) {\n      id\n      ...FaqEditorPage_Form\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqListPage_Entries($filter: FaqFilter, $first: Int!, $after: String) {\n    faqEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          question\n          category\n          published\n        }\n      }\n    }\n    faqCategories\n  }\n"): (typeof documents)["\n  query FaqListPage_Entries($filter: FaqFilter, $first: Int!, $after: String) {\n    faqEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          question\n          category\n          published\n        }\n      }\n    }\n    faqCategories\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeDetailPage_Notice($id: ID!) {\n    notice(id: $id) {\n      id\n      title\n      body\n      importance\n      publishDate\n      published\n      isPublic\n      read\n      attachments {\n        id\n        ...AttachmentList_File\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeDetailPage_Notice($id: ID!) {\n    notice(id: $id) {\n      id\n      title\n      body\n      importance\n      publishDate\n      published\n      isPublic\n      read\n      attachments {\n        id\n        ...AttachmentList_File\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeDetailPage_MarkRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeDetailPage_MarkRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeDetailPage_Publish($id: ID!) {\n    publishNotice(id: $id) {\n      id\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeDetailPage_Publish($id: ID!) {\n    publishNotice(id: $id) {\n      id\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeDetailPage_Unpublish($id: ID!) {\n    unpublishNotice(id: $id) {\n      id\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeDetailPage_Unpublish($id: ID!) {\n    unpublishNotice(id: $id) {\n      id\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeEditorPage_Form on Notice {\n    id\n    title\n    body\n    importance\n    publishDate\n    isPublic\n  }\n"): (typeof documents)["\n  fragment NoticeEditorPage_Form on Notice {\n    id\n    title\n    body\n    importance\n    publishDate\n    isPublic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeEditorPage_Notice($id: ID!) {\n    notice(id: $id) {\n      id\n      ...NoticeEditorPage_Form\n    }\n  }\n"): (typeof documents)["\n  query NoticeEditorPage_Notice($id: ID!) {\n    notice(id: $id) {\n      id\n      ...NoticeEditorPage_Form\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeEditorPage_Create($input: NoticeInput!) {\n    createNotice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeEditorPage_Create($input: NoticeInput!) {\n    createNotice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeEditorPage_Update($id: ID!, $input: NoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      id\n      ...NoticeEditorPage_Form\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeEditorPage_Update($id: ID!, $input: NoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      id\n      ...NoticeEditorPage_Form\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeListPage_Notices($filter: NoticeFilter, $first: Int!, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          importance\n          publishDate\n          published\n          read\n        }\n      }\n    }\n    unreadNoticeCount\n  }\n"): (typeof documents)["\n  query NoticeListPage_Notices($filter: NoticeFilter, $first: Int!, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          importance\n          publishDate\n          published\n          read\n        }\n      }\n    }\n    unreadNoticeCount\n  }\n"];
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
export function graphql(source: "\n  query InquiryListPage_Inquiries($filter: InquiryFilter, $first: Int!, $after: String) {\n    inquiries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...InquirySummary_Inquiry\n          prefecture {\n            name\n          }\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InquiryListPage_Inquiries($filter: InquiryFilter, $first: Int!, $after: String) {\n    inquiries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...InquirySummary_Inquiry\n          prefecture {\n            name\n          }\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryListPage_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query InquiryListPage_Prefectures {\n    prefectures {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InquirySummary_Inquiry on Inquiry {\n    id\n    number\n    subject\n    status\n    category\n    organisationName\n  }\n"): (typeof documents)["\n  fragment InquirySummary_Inquiry on Inquiry {\n    id\n    number\n    subject\n    status\n    category\n    organisationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryThreadPage_Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      ...InquirySummary_Inquiry\n      messages {\n        kind\n        body\n        fromOffice\n        authorName\n        createdAt\n        attachments {\n          id\n          ...AttachmentList_File\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InquiryThreadPage_Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      ...InquirySummary_Inquiry\n      messages {\n        kind\n        body\n        fromOffice\n        authorName\n        createdAt\n        attachments {\n          id\n          ...AttachmentList_File\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InquiryThreadPage_Comment($input: AddInquiryCommentInput!) {\n    addInquiryComment(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InquiryThreadPage_Comment($input: AddInquiryCommentInput!) {\n    addInquiryComment(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InquiryThreadPage_Answer($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InquiryThreadPage_Answer($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InquiryThreadPage_Close($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InquiryThreadPage_Close($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewInquiryPage_Create($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NewInquiryPage_Create($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      id\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingCompliancePage_Prefectures {\n    prefectures {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReportingCompliancePage_Prefectures {\n    prefectures {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingCompliancePage_Query($prefectureCode: String) {\n    reportingCompliance(prefectureCode: $prefectureCode) {\n      totalCount\n      overdueCount\n      schedule {\n        mode\n        dueTime\n        cadenceHours\n        prefecture {\n          code\n          name\n        }\n        currentPeriod {\n          start\n          due\n        }\n      }\n      facilities {\n        facility {\n          id\n          code\n          name\n          phone\n        }\n        status\n        lastReportedAt\n        last7Days {\n          periods\n          onTime\n          late\n          missed\n        }\n        last28Days {\n          periods\n          onTime\n          late\n          missed\n          onTimeShare\n        }\n      }\n      areas {\n        area {\n          code\n          name\n        }\n        last7Days {\n          onTimeShare\n        }\n        last28Days {\n          periods\n          onTimeShare\n        }\n      }\n      overall {\n        last7Days {\n          onTimeShare\n        }\n        last28Days {\n          onTimeShare\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingCompliancePage_Query($prefectureCode: String) {\n    reportingCompliance(prefectureCode: $prefectureCode) {\n      totalCount\n      overdueCount\n      schedule {\n        mode\n        dueTime\n        cadenceHours\n        prefecture {\n          code\n          name\n        }\n        currentPeriod {\n          start\n          due\n        }\n      }\n      facilities {\n        facility {\n          id\n          code\n          name\n          phone\n        }\n        status\n        lastReportedAt\n        last7Days {\n          periods\n          onTime\n          late\n          missed\n        }\n        last28Days {\n          periods\n          onTime\n          late\n          missed\n          onTimeShare\n        }\n      }\n      areas {\n        area {\n          code\n          name\n        }\n        last7Days {\n          onTimeShare\n        }\n        last28Days {\n          periods\n          onTimeShare\n        }\n      }\n      overall {\n        last7Days {\n          onTimeShare\n        }\n        last28Days {\n          onTimeShare\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingModeBanner_Query {\n    reportingSchedule {\n      mode\n      modeLabel\n      cadenceHours\n      prefecture {\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingModeBanner_Query {\n    reportingSchedule {\n      mode\n      modeLabel\n      cadenceHours\n      prefecture {\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingSettingsPage_Prefectures {\n    prefectures {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReportingSettingsPage_Prefectures {\n    prefectures {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingSettingsPage_Query($prefectureCode: String) {\n    reportingSchedule(prefectureCode: $prefectureCode) {\n      mode\n      dueTime\n      alertCadenceHours\n      disasterCadenceHours\n      cadenceHours\n      reminderBeforeMinutes\n      escalationAfterMinutes\n      configured\n      updatedAt\n      prefecture {\n        code\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingSettingsPage_Query($prefectureCode: String) {\n    reportingSchedule(prefectureCode: $prefectureCode) {\n      mode\n      dueTime\n      alertCadenceHours\n      disasterCadenceHours\n      cadenceHours\n      reminderBeforeMinutes\n      escalationAfterMinutes\n      configured\n      updatedAt\n      prefecture {\n        code\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingSettingsPage_Save($input: ReportingScheduleInput!) {\n    updateReportingSchedule(input: $input) {\n      mode\n      dueTime\n      alertCadenceHours\n      disasterCadenceHours\n      cadenceHours\n      reminderBeforeMinutes\n      escalationAfterMinutes\n      configured\n      updatedAt\n      prefecture {\n        code\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportingSettingsPage_Save($input: ReportingScheduleInput!) {\n    updateReportingSchedule(input: $input) {\n      mode\n      dueTime\n      alertCadenceHours\n      disasterCadenceHours\n      cadenceHours\n      reminderBeforeMinutes\n      escalationAfterMinutes\n      configured\n      updatedAt\n      prefecture {\n        code\n        name\n      }\n      currentPeriod {\n        due\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;