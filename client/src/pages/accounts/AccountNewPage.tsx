import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LeavePageDialog } from '../../components/LeavePageDialog';
import { NumericTextInput } from '../../components/NumericTextInput';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { changedFrom, useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import { graphql } from '../../gql';
import { type Role, useViewer } from '../../viewer';
import { RequireSignIn } from './RequireSignIn';
import { actsForAFacility, ROLE_LABEL, ROLES } from './roles';

const AccountNewPage_Prefectures = graphql(`
  query AccountNewPage_Prefectures {
    prefectures {
      id
      code
      name
    }
  }
`);

const AccountNewPage_Facility = graphql(`
  query AccountNewPage_Facility($code: String!) {
    facilityByCode(code: $code) {
      id
      name
    }
  }
`);

const AccountNewPage_Create = graphql(`
  mutation AccountNewPage_Create($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      loginId
    }
  }
`);

const FIELDS = {
  loginId: { label: 'ユーザ名', id: 'account-login-id' },
  displayName: { label: '表示名', id: 'account-display-name' },
  email: { label: 'メールアドレス', id: 'account-email' },
  role: { label: '種別', id: 'account-role' },
  facilityId: { label: '医療機関コード', id: 'account-facility' },
  prefectureCode: { label: '都道府県', id: 'account-prefecture' },
};

/** アカウント新規作成 (事務局). The new account sets its own password from the mailed link. */
export function AccountNewPage() {
  usePageTitle('アカウント新規作成');
  return (
    <RequireSignIn>
      <OfficeOnly />
    </RequireSignIn>
  );
}

function OfficeOnly() {
  const viewer = useViewer();
  if (viewer.role !== 'OFFICE') return <Navigate to="/" replace />;
  return <AccountNew />;
}

const EMPTY_ACCOUNT = { loginId: '', displayName: '', email: '', role: 'FACILITY' as Role, facilityCode: '', prefectureCode: '' };
/** Form keys whose messages come under another API field name. */
const API_FIELD: Partial<Record<keyof typeof EMPTY_ACCOUNT, string>> = { facilityCode: 'facilityId' };

function AccountNew() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const prefectures = useQuery(AccountNewPage_Prefectures);
  const [form, setForm] = useState(EMPTY_ACCOUNT);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [create, { error, loading }] = useMutation(AccountNewPage_Create);
  const problem = useApiProblem(error);
  const { errors, edited } = useFieldErrors(problem, localErrors);
  const guard = useUnsavedChangesGuard(changedFrom(form, EMPTY_ACCOUNT));
  const needsFacility = actsForAFacility(form.role);
  const update = (patch: Partial<typeof form>) => {
    setForm((current) => ({ ...current, ...patch }));
    for (const key of Object.keys(patch) as (keyof typeof form)[]) edited(API_FIELD[key] ?? key);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    let facilityId: string | null = null;
    if (needsFacility) {
      const code = form.facilityCode.normalize('NFKC').trim();
      if (!/^\d{10}$/.test(code)) local.facilityId = '医療機関コードを10桁の数字で入力してください。';
      else {
        const found = await client.query({ query: AccountNewPage_Facility, variables: { code } });
        facilityId = found.data?.facilityByCode?.id ?? null;
        if (!facilityId) local.facilityId = 'この医療機関コードの施設は登録されていません。';
      }
    }
    setLocalErrors(local);
    if (Object.keys(local).length) {
      document.getElementById(FIELDS.facilityId.id)?.focus();
      return;
    }
    try {
      await create({
        variables: {
          input: {
            loginId: form.loginId,
            displayName: form.displayName,
            email: form.email,
            role: form.role,
            facilityId,
            prefectureCode: form.role === 'PREFECTURE' ? form.prefectureCode || null : null,
          },
        },
      });
    } catch {
      return;
    }
    // The list must show the new account: drop every cached account list.
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'accounts' });
    client.cache.gc();
    guard.markSaved();
    void navigate('/accounts');
  };

  return (
    <>
      <h1>アカウント新規作成</h1>
      <p className="page-lead">
        保存すると、登録したメールアドレスへパスワード設定のご案内が届きます（URLの有効期限は72時間）。「*」の付いた項目は必須入力です。
      </p>
      <ErrorMessage problem={problem} fields={FIELDS} focusOnShow />
      <LeavePageDialog blocker={guard.blocker} />
      <form className="form-panel" onSubmit={submit} noValidate aria-label="アカウント新規作成">
        <div className="form-grid">
          <FormField label={FIELDS.loginId.label} required hint="半角英数字と . _ @ - の3〜64文字" error={errors.loginId}>
            <input
              className="input"
              id={FIELDS.loginId.id}
              autoComplete="off"
              value={form.loginId}
              onChange={(e) => update({ loginId: e.target.value })}
            />
          </FormField>
          <FormField label={FIELDS.displayName.label} required error={errors.displayName}>
            <input
              className="input"
              id={FIELDS.displayName.id}
              autoComplete="off"
              value={form.displayName}
              onChange={(e) => update({ displayName: e.target.value })}
            />
          </FormField>
          <FormField label={FIELDS.email.label} required error={errors.email}>
            <input
              className="input"
              id={FIELDS.email.id}
              type="email"
              autoComplete="off"
              value={form.email}
              onChange={(e) => update({ email: e.target.value })}
            />
          </FormField>
          <FormField label={FIELDS.role.label} required error={errors.role}>
            <select className="select" id={FIELDS.role.id} value={form.role} onChange={(e) => update({ role: e.target.value as Role })}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </select>
          </FormField>
          {needsFacility ? (
            <FormField
              label={FIELDS.facilityId.label}
              required
              hint={form.role === 'FACILITY' ? '所属する医療機関（10桁）' : '所属する保健所（10桁）'}
              error={errors.facilityId}
            >
              <NumericTextInput id={FIELDS.facilityId.id} value={form.facilityCode} onChange={(facilityCode) => update({ facilityCode })} />
            </FormField>
          ) : null}
          {form.role === 'PREFECTURE' ? (
            <FormField label={FIELDS.prefectureCode.label} required error={errors.prefectureCode}>
              <select
                className="select"
                id={FIELDS.prefectureCode.id}
                value={form.prefectureCode}
                onChange={(e) => update({ prefectureCode: e.target.value })}
              >
                <option value="">選択してください</option>
                {prefectures.data?.prefectures.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </FormField>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            保存
          </button>
          <Link to="/accounts" className="button button--secondary">
            キャンセル
          </Link>
        </div>
      </form>
    </>
  );
}
