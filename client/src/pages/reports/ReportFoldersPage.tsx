import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { useApiProblem } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import { SCREEN_PATHS, screenPath } from '../../screens';
import { useViewer } from '../../viewer';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { FolderForm } from './FolderForm';
import { canKeepFolders } from './report-labels';
import { ReportList } from './ReportList';
import { ReportSearchForm } from './ReportSearchForm';
import './reports.css';

const ReportFoldersPage_Folders = graphql(`
  query ReportFoldersPage_Folders {
    reportFolders {
      id
      ...ReportList_Folder
    }
  }
`);

export const ReportFoldersPage_Create = graphql(`
  mutation ReportFoldersPage_Create($input: CreateReportFolderInput!) {
    createReportFolder(input: $input) {
      id
      ...ReportList_Folder
    }
  }
`);

/** 「すべてのフォルダ」: the top folders the account may see (999_システム(自治体) first), and 新規フォルダ for those who keep folders. */
export function ReportFoldersPage() {
  usePageTitle('すべてのフォルダ');
  return (
    <RequireSignIn>
      <AllFolders />
    </RequireSignIn>
  );
}

function AllFolders() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const result = useQuery(ReportFoldersPage_Folders, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [create, createState] = useMutation(ReportFoldersPage_Create, { refetchQueries: ['ReportFoldersPage_Folders'] });
  const problem = useApiProblem(result.error);
  const createProblem = useApiProblem(createState.error);

  return (
    <>
      <nav aria-label="パンくずリスト">
        <p className="breadcrumb">
          <Link to={SCREEN_PATHS.reports}>レポート</Link> ＞ すべてのフォルダ
        </p>
      </nav>
      <h1 id="all-folders-heading">すべてのフォルダ</h1>
      <ReportSearchForm />
      {canKeepFolders(viewer.role) && !creating ? (
        <div className="report-actions">
          <button type="button" className="button button--secondary" onClick={() => setCreating(true)}>
            新規フォルダ
          </button>
        </div>
      ) : null}
      {creating ? (
        <FolderForm
          heading="新規フォルダ"
          initial={{ name: '', sharing: '' }}
          askSharing
          problem={createProblem}
          saving={createState.loading}
          onCancel={() => setCreating(false)}
          onSave={async ({ name, sharing }, saved) => {
            try {
              const result = await create({ variables: { input: { name, sharing: sharing || null } } });
              if (!result.data) return;
              saved();
              void navigate(screenPath('reportFolder', { id: result.data.createReportFolder.id }));
            } catch {
              // shown beside the fields
            }
          }}
        />
      ) : null}
      <ErrorMessage problem={problem} />
      <LoadingStatus loading={result.loading && !result.data} />
      {result.data ? (
        <ReportList labelledBy="all-folders-heading" folders={result.data.reportFolders} empty="参照できるフォルダはありません。" />
      ) : null}
    </>
  );
}
