import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { useApiProblem } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import { SCREEN_PATHS, screenPath } from '../../screens';
import { useViewer } from '../../viewer';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { FolderForm } from './FolderForm';
import { MoveForm } from './MoveForm';
import { canBuild, SHARING_LABEL } from './report-labels';
import { ReportList } from './ReportList';
import { ReportFoldersPage_Create } from './ReportFoldersPage';
import './reports.css';

const ReportFolderPage_Folder = graphql(`
  query ReportFolderPage_Folder($id: ID!) {
    reportFolder(id: $id) {
      id
      name
      kind
      sharing
      canEdit
      parent {
        id
      }
      ancestors {
        id
        name
      }
      children {
        id
        ...ReportList_Folder
      }
      reports {
        id
        ...ReportList_Report
      }
    }
  }
`);

const ReportFolderPage_Rename = graphql(`
  mutation ReportFolderPage_Rename($id: ID!, $name: String!) {
    renameReportFolder(id: $id, name: $name) {
      id
      name
    }
  }
`);

const ReportFolderPage_Share = graphql(`
  mutation ReportFolderPage_Share($id: ID!, $sharing: ReportSharing!) {
    shareReportFolder(id: $id, sharing: $sharing) {
      id
      sharing
    }
  }
`);

const ReportFolderPage_Move = graphql(`
  mutation ReportFolderPage_Move($id: ID!, $parentId: ID) {
    moveReportFolder(id: $id, parentId: $parentId) {
      id
      sharing
      parent {
        id
      }
    }
  }
`);

const ReportFolderPage_Delete = graphql(`
  mutation ReportFolderPage_Delete($id: ID!) {
    deleteReportFolder(id: $id)
  }
`);

type Editing = null | 'create' | 'rename' | 'move';

/**
 * One folder (seed 3-3: 999_システム(自治体) → ホーム画面): the path to it, the folders and reports
 * in it, and — where the account may edit it — 新規フォルダ, 名前の変更・共有範囲, 移動 and 削除
 * (asked first), and 新規レポート in this folder for those who write queries.
 */
export function ReportFolderPage() {
  return (
    <RequireSignIn>
      <FolderOfAddress />
    </RequireSignIn>
  );
}

/**
 * One Folder per address: opening another folder (a breadcrumb, the folder just made by 新規フォルダ)
 * starts with no form open and nothing being asked.
 */
function FolderOfAddress() {
  const { id = '' } = useParams();
  return <Folder key={id} id={id} />;
}

function Folder({ id }: { id: string }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const result = useQuery(ReportFolderPage_Folder, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const folder = result.data?.reportFolder;
  usePageTitle(folder ? folder.name : 'フォルダ');
  const problem = useApiProblem(result.error);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const refetch = { refetchQueries: ['ReportFolderPage_Folder', 'ReportFoldersPage_Folders'] };
  const [create, createState] = useMutation(ReportFoldersPage_Create, refetch);
  const [rename, renameState] = useMutation(ReportFolderPage_Rename, refetch);
  const [share, shareState] = useMutation(ReportFolderPage_Share, refetch);
  const [remove, removeState] = useMutation(ReportFolderPage_Delete);
  const [move, moveState] = useMutation(ReportFolderPage_Move, refetch);
  const moveProblem = useApiProblem(moveState.error);
  const editProblem = useApiProblem(createState.error ?? renameState.error ?? shareState.error);
  const deleteProblem = useApiProblem(removeState.error);

  if (!folder) {
    return (
      <>
        <h1>フォルダ</h1>
        <ErrorMessage problem={problem} />
        <LoadingStatus loading={result.loading} />
      </>
    );
  }
  const topLevel = folder.parent === null;
  const headingId = 'folder-contents-heading';

  return (
    <>
      <nav aria-label="パンくずリスト">
        <p className="breadcrumb">
          <Link to={SCREEN_PATHS.reports}>レポート</Link> ＞ <Link to={SCREEN_PATHS.reportFolders}>すべてのフォルダ</Link>
          {folder.ancestors.map((a) => (
            <span key={a.id}>
              {' ＞ '}
              <Link to={screenPath('reportFolder', { id: a.id })}>{a.name}</Link>
            </span>
          ))}
          {' ＞ '}
          <span aria-current="page">{folder.name}</span>
        </p>
      </nav>
      <h1>{folder.name}</h1>
      <p className="page-lead">共有範囲: {SHARING_LABEL[folder.sharing]}</p>
      {folder.canEdit && editing === null ? (
        <div className="report-actions">
          {canBuild(viewer.role) ? (
            <Link
              className="button button--primary"
              to={`${SCREEN_PATHS.reportNew}?folder=${encodeURIComponent(folder.id)}`}
              reloadDocument
            >
              新規レポート
            </Link>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => setEditing('create')}>
            新規フォルダ
          </button>
          <button type="button" className="button button--secondary" onClick={() => setEditing('rename')}>
            {topLevel && folder.kind !== 'SYSTEM' ? '名前・共有範囲の変更' : '名前の変更'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setEditing('move')}>
            移動
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(true)}>
            削除
          </button>
        </div>
      ) : null}
      <ErrorMessage problem={deleteProblem} focusOnShow />
      {editing === 'create' ? (
        <FolderForm
          heading="新規フォルダ"
          initial={{ name: '', sharing: '' }}
          askSharing={false}
          problem={editProblem}
          saving={createState.loading}
          onCancel={() => setEditing(null)}
          onSave={async ({ name }, saved) => {
            try {
              const created = await create({ variables: { input: { name, parentId: folder.id } } });
              if (!created.data) return;
              saved();
              void navigate(screenPath('reportFolder', { id: created.data.createReportFolder.id }));
            } catch {
              // shown beside the fields
            }
          }}
        />
      ) : null}
      {editing === 'rename' ? (
        <FolderForm
          heading={topLevel && folder.kind !== 'SYSTEM' ? '名前・共有範囲の変更' : '名前の変更'}
          initial={{ name: folder.name, sharing: folder.sharing }}
          askSharing={topLevel && folder.kind !== 'SYSTEM'}
          problem={editProblem}
          saving={renameState.loading || shareState.loading}
          onCancel={() => setEditing(null)}
          onSave={async ({ name, sharing }, saved) => {
            try {
              if (name !== folder.name) await rename({ variables: { id: folder.id, name } });
              if (sharing && sharing !== folder.sharing) await share({ variables: { id: folder.id, sharing } });
              saved();
              setEditing(null);
            } catch {
              // shown beside the fields
            }
          }}
        />
      ) : null}
      {editing === 'move' ? (
        <MoveForm
          heading="フォルダの移動"
          field="parentId"
          hint="移動先の共有範囲が、このフォルダと中のレポートに適用されます。"
          current={folder.parent?.id ?? null}
          movingFolder={folder.id}
          allowTop={folder.kind !== 'SYSTEM'}
          problem={moveProblem}
          saving={moveState.loading}
          onCancel={() => setEditing(null)}
          onMove={async (parentId) => {
            try {
              await move({ variables: { id: folder.id, parentId } });
              setEditing(null);
            } catch {
              // shown beside the field
            }
          }}
        />
      ) : null}
      <h2 id={headingId}>フォルダの内容</h2>
      <ReportList labelledBy={headingId} folders={folder.children} reports={folder.reports} empty="このフォルダは空です。" />
      <ConfirmDialog
        open={confirmDelete}
        title={`フォルダ「${folder.name}」を削除しますか？`}
        confirmLabel="削除する"
        cancelLabel="削除しない"
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          void remove({ variables: { id: folder.id } })
            .then(() =>
              navigate(
                folder.ancestors.length ? screenPath('reportFolder', { id: folder.ancestors.at(-1)!.id }) : SCREEN_PATHS.reportFolders,
              ),
            )
            .catch(() => undefined);
        }}
      >
        <p>空のフォルダだけを削除できます。中にフォルダやレポートがあるときは、先に移動または削除してください。</p>
      </ConfirmDialog>
    </>
  );
}
