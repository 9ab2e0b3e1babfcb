import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { Layout } from './components/Layout';
import { FacilitySearchPage } from './pages/facilities/FacilitySearchPage';
import { BedFacilityPage } from './pages/beds/BedFacilityPage';
import { BedReportAllColumnsPage } from './pages/beds/BedReportAllColumnsPage';
import { BedReportPage } from './pages/beds/BedReportPage';
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

/** Screens by path. Each domain adds its routes here and its menu entry in menu.ts. */
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'password/forgot', element: <PasswordResetRequestPage /> },
      { path: 'password/reset', element: <PasswordResetPage /> },
      { path: 'api-tokens', element: <ApiTokensPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'accounts/new', element: <AccountNewPage /> },
      { path: 'facilities', element: <FacilitySearchPage /> },
      { path: 'recruitment', element: <PostingListPage /> },
      { path: 'recruitment/new', element: <PostingNewPage /> },
      { path: 'recruitment/:id', element: <PostingDetailPage /> },
      { path: 'recruitment/:id/edit', element: <PostingEditPage /> },
      { path: 'inquiries', element: <InquiryListPage /> },
      { path: 'inquiries/new', element: <NewInquiryPage /> },
      { path: 'inquiries/:id', element: <InquiryThreadPage /> },
      { path: 'faq', element: <FaqListPage /> },
      { path: 'faq/new', element: <FaqEditorPage /> },
      { path: 'faq/:id', element: <FaqDetailPage /> },
      { path: 'faq/:id/edit', element: <FaqEditorPage /> },
      { path: 'notices', element: <NoticeListPage /> },
      { path: 'notices/new', element: <NoticeEditorPage /> },
      { path: 'notices/:id', element: <NoticeDetailPage /> },
      { path: 'notices/:id/edit', element: <NoticeEditorPage /> },
      { path: 'beds', element: <BedReportPage /> },
      { path: 'beds/all-columns', element: <BedReportAllColumnsPage /> },
      { path: 'beds/facilities/:facilityId', element: <BedFacilityPage /> },
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
