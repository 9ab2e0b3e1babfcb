import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { describeApiError } from '../../components/api-errors';
import { type Column, DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LoadingStatus, ResultCount } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import type { AccountsPage_AccountsQuery } from '../../gql/graphql';
import { useViewer } from '../../viewer';
import { RequireSignIn } from './RequireSignIn';
import { ROLE_LABEL } from './roles';

const AccountsPage_Accounts = graphql(`
  query AccountsPage_Accounts($filter: AccountFilter, $first: Int!) {
    accounts(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          loginId
          displayName
          email
          role
          facility {
            id
            name
          }
          prefecture {
            id
            name
          }
          passwordChangedAt
          disabledAt
        }
      }
    }
  }
`);

const AccountsPage_Disable = graphql(`
  mutation AccountsPage_Disable($id: ID!) {
    disableAccount(id: $id) {
      id
      disabledAt
    }
  }
`);

const AccountsPage_Enable = graphql(`
  mutation AccountsPage_Enable($id: ID!) {
    enableAccount(id: $id) {
      id
      disabledAt
    }
  }
`);

type Account = AccountsPage_AccountsQuery['accounts']['edges'][number]['node'];

/** The list shows the first this many matches; narrow the search to find others. */
const SHOWN = 200;

/** アカウント管理 (事務局): search, 新規, 利用停止 / 利用再開. */
export function AccountsPage() {
  usePageTitle('アカウント管理');
  return (
    <RequireSignIn>
      <OfficeOnly />
    </RequireSignIn>
  );
}

function OfficeOnly() {
  const viewer = useViewer();
  if (viewer.role !== 'OFFICE') return <Navigate to="/" replace />;
  return <Accounts />;
}

function Accounts() {
  const [searchParams, setSearchParams] = useSearchParams();
  const text = searchParams.get('q') ?? '';
  const [typed, setTyped] = useState(text);
  const list = useQuery(AccountsPage_Accounts, { variables: { filter: text ? { text } : null, first: SHOWN } });
  const [disable, disabling] = useMutation(AccountsPage_Disable);
  const [enable, enabling] = useMutation(AccountsPage_Enable);
  const problem = describeApiError(list.error ?? disabling.error ?? enabling.error);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearchParams(typed.trim() ? { q: typed.trim() } : {});
  };

  const columns: Column<Account>[] = [
    { key: 'loginId', header: 'ユーザ名', render: (a) => a.loginId, rowHeader: true, nowrap: true },
    { key: 'displayName', header: '表示名', render: (a) => a.displayName, minWidth: '10em' },
    { key: 'role', header: '種別', render: (a) => ROLE_LABEL[a.role], minWidth: '9em' },
    { key: 'organisation', header: '所属', render: (a) => a.facility?.name ?? a.prefecture?.name ?? '—', minWidth: '10em' },
    { key: 'email', header: 'メールアドレス', render: (a) => a.email ?? '—' },
    {
      key: 'state',
      header: '状態',
      render: (a) => (a.disabledAt ? '利用停止中' : a.passwordChangedAt ? '利用中' : 'パスワード未設定'),
      nowrap: true,
    },
    {
      key: 'action',
      header: '操作',
      render: (a) =>
        a.disabledAt ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`利用再開（${a.loginId}）`}
            disabled={enabling.loading}
            onClick={() => void enable({ variables: { id: a.id } }).catch(() => undefined)}
          >
            利用再開
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`利用停止（${a.loginId}）`}
            disabled={disabling.loading}
            onClick={() => void disable({ variables: { id: a.id } }).catch(() => undefined)}
          >
            利用停止
          </button>
        ),
    },
  ];

  const connection = list.data?.accounts;
  return (
    <>
      <h1>アカウント管理</h1>
      <p className="page-lead">G-MIS を利用するアカウントの一覧です。新しいアカウントには、パスワード設定のご案内メールが届きます。</p>
      <p>
        <Link to="/accounts/new" className="button button--primary">
          新規
        </Link>
      </p>
      <form className="form-panel" role="search" onSubmit={search} aria-label="アカウントの検索">
        <div className="form-stack">
          <FormField label="ユーザ名・表示名" hint="一部で検索できます。">
            <input className="input" type="search" name="q" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </FormField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            検索
          </button>
        </div>
      </form>
      <ErrorMessage problem={problem} />
      {connection ? (
        <>
          <ResultCount total={connection.totalCount}>{connection.totalCount > SHOWN ? `（先頭の${SHOWN}件を表示）` : ''}</ResultCount>
          <DataTable caption="アカウント一覧" columns={columns} rows={connection.edges.map((e) => e.node)} rowKey={(a) => a.id} />
        </>
      ) : (
        <LoadingStatus loading={list.loading} />
      )}
    </>
  );
}
