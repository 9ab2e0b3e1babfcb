import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { type Column, DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LoadingStatus } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import type { ApiTokensPage_TokensQuery } from '../../gql/graphql';
import { RequireSignIn } from './RequireSignIn';

const ApiTokensPage_Tokens = graphql(`
  query ApiTokensPage_Tokens {
    apiTokens {
      id
      name
      tokenPrefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const ApiTokensPage_Create = graphql(`
  mutation ApiTokensPage_Create($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
      }
    }
  }
`);

const ApiTokensPage_Revoke = graphql(`
  mutation ApiTokensPage_Revoke($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

type Token = ApiTokensPage_TokensQuery['apiTokens'][number];

const FIELDS = { name: { label: '名前', id: 'api-token-name' } };

const dateTime = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
const when = (value: unknown) => (typeof value === 'string' ? dateTime.format(new Date(value)) : '—');

/** APIトークン: issue a named token (shown once), see when each was last used, revoke it. */
export function ApiTokensPage() {
  usePageTitle('APIトークン');
  return (
    <RequireSignIn>
      <ApiTokens />
    </RequireSignIn>
  );
}

function ApiTokens() {
  const tokens = useQuery(ApiTokensPage_Tokens);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [issued, setIssued] = useState<string | null>(null);
  const [create, created] = useMutation(ApiTokensPage_Create, { refetchQueries: [ApiTokensPage_Tokens] });
  const [revoke, revoked] = useMutation(ApiTokensPage_Revoke);
  const issuedRef = useRef<HTMLDivElement>(null);
  const problem = describeApiError(created.error ?? revoked.error ?? tokens.error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing('名前を入力してください。');
      document.getElementById(FIELDS.name.id)?.focus();
      return;
    }
    setMissing(null);
    try {
      const result = await create({ variables: { name } });
      setIssued(result.data?.createApiToken.token ?? null);
      setName('');
      setTimeout(() => issuedRef.current?.focus(), 0);
    } catch {
      // shown by ErrorMessage
    }
  };

  const columns: Column<Token>[] = [
    { key: 'name', header: '名前', render: (t) => t.name, rowHeader: true, minWidth: '10em' },
    { key: 'prefix', header: '先頭の文字', render: (t) => <code>{t.tokenPrefix}…</code>, nowrap: true },
    { key: 'created', header: '発行日時', render: (t) => when(t.createdAt), nowrap: true },
    { key: 'used', header: '最終利用日時', render: (t) => when(t.lastUsedAt), nowrap: true },
    { key: 'state', header: '状態', render: (t) => (t.revokedAt ? `無効（${when(t.revokedAt)}）` : '有効'), nowrap: true },
    {
      key: 'action',
      header: '操作',
      render: (t) =>
        t.revokedAt ? null : (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`「${t.name}」を無効にする`}
            disabled={revoked.loading}
            onClick={() => void revoke({ variables: { id: t.id } }).catch(() => undefined)}
          >
            無効にする
          </button>
        ),
    },
  ];

  return (
    <>
      <h1>APIトークン</h1>
      <p className="page-lead">
        システムから G-MIS の API を利用するためのトークンです。リクエストに <code>Authorization: Bearer トークン</code>{' '}
        を付けて送信します。
      </p>
      <ErrorMessage problem={problem} fields={FIELDS} focusOnShow />
      {issued ? (
        <div className="message message--success" role="status" tabIndex={-1} ref={issuedRef}>
          <p className="message__title">APIトークンを発行しました。</p>
          <p>このトークンは今だけ表示されます。安全な場所に保管してください。</p>
          <p>
            <code className="token-value" data-token>
              {issued}
            </code>
          </p>
        </div>
      ) : null}
      <form className="form-panel" onSubmit={submit} noValidate aria-label="APIトークンの発行">
        <div className="form-stack">
          <FormField
            label={FIELDS.name.label}
            required
            hint="用途がわかる名前（例: 病床集計システム）"
            error={missing ?? fieldErrorMap(problem).name}
          >
            <input
              className="input"
              id={FIELDS.name.id}
              name="name"
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </FormField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={created.loading}>
            発行
          </button>
        </div>
      </form>
      <h2 id="api-token-list-heading">発行済みのトークン</h2>
      {tokens.data ? (
        <DataTable
          caption="発行済みのトークン"
          captionHidden
          columns={columns}
          rows={tokens.data.apiTokens}
          rowKey={(t) => t.id}
          empty="発行済みのトークンはありません。"
        />
      ) : (
        <LoadingStatus loading={tokens.loading} />
      )}
    </>
  );
}
