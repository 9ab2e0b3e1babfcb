import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';

const PasswordResetPage_Rule = graphql(`
  query PasswordResetPage_Rule {
    passwordRule {
      description
      minLength
      maxLength
    }
  }
`);

const PasswordResetPage_Reset = graphql(`
  mutation PasswordResetPage_Reset($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

const FIELDS = {
  newPassword: { label: '新しいパスワード', id: 'reset-new-password' },
  confirmation: { label: '新しいパスワード（確認）', id: 'reset-confirmation' },
};

/** The token from the mailed link's fragment (#token=…), which browsers never send to a server. */
function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{32,128}$/.test(token) ? token : null;
}

/** The page the reset mail links to: new password (with the rule shown) twice, errors beside the fields. */
export function PasswordResetPage() {
  usePageTitle('新しいパスワードの設定');
  // Read once, then removed from the address bar so the token does not stay in history or on screen.
  const [token] = useState(() => tokenFromHash(window.location.hash));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  const rule = useQuery(PasswordResetPage_Rule);
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [reset, { error, loading }] = useMutation(PasswordResetPage_Reset);
  const doneRef = useRef<HTMLDivElement>(null);

  const problem = describeApiError(error);
  const apiErrors = fieldErrorMap(problem);
  const linkInvalid = !token || Boolean(apiErrors.token);
  const fieldErrors = { ...apiErrors, ...localErrors };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (newPassword === '') errors.newPassword = '新しいパスワードを入力してください。';
    if (confirmation !== newPassword) errors.confirmation = '確認のため、同じパスワードをもう一度入力してください。';
    setLocalErrors(errors);
    if (Object.keys(errors).length) {
      document.getElementById(errors.newPassword ? FIELDS.newPassword.id : FIELDS.confirmation.id)?.focus();
      return;
    }
    try {
      await reset({ variables: { token: token!, newPassword } });
    } catch {
      return;
    }
    setDone(true);
    setTimeout(() => doneRef.current?.focus(), 0);
  };

  if (done) {
    return (
      <div className="narrow-page">
        <h1>新しいパスワードの設定</h1>
        <div className="message message--success" role="status" tabIndex={-1} ref={doneRef}>
          <p className="message__title">新しいパスワードを設定しました。</p>
          <p>安全のため、ログイン中だった端末はすべてログアウトしました。新しいパスワードでログインしてください。</p>
        </div>
        <p>
          <Link to="/login" className="button button--primary">
            ログイン画面へ
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow-page">
      <h1>新しいパスワードの設定</h1>
      {linkInvalid ? (
        <div className="message message--error" role="alert" data-error-code="INVALID_LINK">
          <p className="message__title">このリンクは無効か、有効期限が切れています。</p>
          <p>
            パスワードリセットのURLは有効期限内に一度だけ使えます。<Link to="/password/forgot">パスワードリセットをもう一度申請</Link>
            してください。
          </p>
        </div>
      ) : (
        <>
          <ErrorMessage problem={problem} fields={FIELDS} focusOnShow />
          <form className="form-panel" onSubmit={submit} noValidate aria-label="新しいパスワードの設定">
            <div className="form-stack">
              <FormField
                label={FIELDS.newPassword.label}
                required
                hint={rule.data?.passwordRule.description ?? '半角英大文字と小文字、数字を必ず含めた組み合わせで、8文字以上。'}
                error={fieldErrors.newPassword}
              >
                <input
                  className="input"
                  id={FIELDS.newPassword.id}
                  name="new-password"
                  type="password"
                  autoComplete="new-password"
                  value={newPassword}
                  onChange={(e) => setNewPassword(e.target.value)}
                />
              </FormField>
              <FormField label={FIELDS.confirmation.label} required error={fieldErrors.confirmation}>
                <input
                  className="input"
                  id={FIELDS.confirmation.id}
                  name="confirm-password"
                  type="password"
                  autoComplete="new-password"
                  value={confirmation}
                  onChange={(e) => setConfirmation(e.target.value)}
                />
              </FormField>
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={loading}>
                パスワードを設定
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
