import { ApolloProvider } from '@apollo/client/react';
import { type ReactElement, useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { Layout } from './components/Layout';
import { FacilitySearchPage } from './pages/facilities/FacilitySearchPage';
import { BedFacilityPage } from './pages/beds/BedFacilityPage';
import { BedReportAllColumnsPage } from './pages/beds/BedReportAllColumnsPage';
import { BedReportPage } from './pages/beds/BedReportPage';
import { BedStatusReportPage } from './pages/beds/BedStatusReportPage';
import { BedIntakePage } from './pages/beds/BedIntakePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PostingDetailPage } from './pages/recruitment/PostingDetailPage';
import { PostingEditPage } from './pages/recruitment/PostingEditPage';
import { PostingListPage } from './pages/recruitment/PostingListPage';
import { PostingNewPage } from './pages/recruitment/PostingNewPage';
import { AccountNewPage } from './pages/accounts/AccountNewPage';
import { AccountsPage } from './pages/accounts/AccountsPage';
import { ApiTokensPage } from './pages/accounts/ApiTokensPage';
import { HomePage } from './pages/accounts/HomePage';
import { LoginPage } from './pages/accounts/LoginPage';
import { PasswordResetPage } from './pages/accounts/PasswordResetPage';
import { PasswordResetRequestPage } from './pages/accounts/PasswordResetRequestPage';
import { ViewerProvider } from './pages/accounts/ViewerProvider';
import { FaqDetailPage } from './pages/content/FaqDetailPage';
import { FaqEditorPage } from './pages/content/FaqEditorPage';
import { FaqListPage } from './pages/content/FaqListPage';
import { NoticeDetailPage } from './pages/content/NoticeDetailPage';
import { NoticeEditorPage } from './pages/content/NoticeEditorPage';
import { NoticeListPage } from './pages/content/NoticeListPage';
import { InquiryListPage } from './pages/inquiries/InquiryListPage';
import { InquiryThreadPage } from './pages/inquiries/InquiryThreadPage';
import { NewInquiryPage } from './pages/inquiries/NewInquiryPage';
import { ReportBuilderPage } from './pages/reports/ReportBuilderPage';
import { ReportFolderPage } from './pages/reports/ReportFolderPage';
import { ReportFoldersPage } from './pages/reports/ReportFoldersPage';
import { ReportRunPage } from './pages/reports/ReportRunPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { SCREEN_PATHS, type ScreenName } from './screens';

import { ReportingCompliancePage } from './pages/reporting/ReportingCompliancePage';
import { ReportingSettingsPage } from './pages/reporting/ReportingSettingsPage';
/** The page of every screen in screens.ts; a screen without a page does not compile. */
const PAGES: Record<ScreenName, ReactElement> = {
  home: <HomePage />,
  login: <LoginPage />,
  passwordForgot: <PasswordResetRequestPage />,
  passwordReset: <PasswordResetPage />,
  apiTokens: <ApiTokensPage />,
  accounts: <AccountsPage />,
  accountNew: <AccountNewPage />,
  facilities: <FacilitySearchPage />,
  postings: <PostingListPage />,
  postingNew: <PostingNewPage />,
  posting: <PostingDetailPage />,
  postingEdit: <PostingEditPage />,
  inquiries: <InquiryListPage />,
  inquiryNew: <NewInquiryPage />,
  inquiry: <InquiryThreadPage />,
  faq: <FaqListPage />,
  faqNew: <FaqEditorPage />,
  faqEntry: <FaqDetailPage />,
  faqEdit: <FaqEditorPage />,
  notices: <NoticeListPage />,
  noticeNew: <NoticeEditorPage />,
  notice: <NoticeDetailPage />,
  noticeEdit: <NoticeEditorPage />,
  bedReport: <BedReportPage />,
  bedReportAllColumns: <BedReportAllColumnsPage />,
  bedFacility: <BedFacilityPage />,
  bedStatusReport: <BedStatusReportPage />,
  bedIntake: <BedIntakePage />,
  reportingCompliance: <ReportingCompliancePage />,
  reportingSettings: <ReportingSettingsPage />,
  reports: <ReportsPage />,
  reportFolders: <ReportFoldersPage />,
  reportFolder: <ReportFolderPage />,
  reportNew: <ReportBuilderPage />,
  report: <ReportRunPage />,
  reportEdit: <ReportBuilderPage />,
};

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      ...(Object.keys(SCREEN_PATHS) as ScreenName[]).map((name) => ({ path: SCREEN_PATHS[name], element: PAGES[name] })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <ViewerProvider>
        <RouterProvider router={router} />
      </ViewerProvider>
    </ApolloProvider>
  );
}
