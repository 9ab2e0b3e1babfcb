import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { Layout } from './components/Layout';
import { FacilitySearchPage } from './pages/facilities/FacilitySearchPage';
import { BedFacilityPage } from './pages/beds/BedFacilityPage';
import { BedReportAllColumnsPage } from './pages/beds/BedReportAllColumnsPage';
import { BedReportPage } from './pages/beds/BedReportPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ANONYMOUS_VIEWER, ViewerContext } from './viewer';

/** Screens by path. Each domain adds its routes here and its menu entry in menu.ts. */
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      // Until ホーム exists, the dashboard opens on 医療機関検索.
      { index: true, element: <Navigate to="/facilities" replace /> },
      { path: 'facilities', element: <FacilitySearchPage /> },
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
      <ViewerContext.Provider value={ANONYMOUS_VIEWER}>
        <RouterProvider router={router} />
      </ViewerContext.Provider>
    </ApolloProvider>
  );
}
