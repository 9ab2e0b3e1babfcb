import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import { useViewer } from '../../viewer';

const LoginPage_Login = graphql(`
  mutation LoginPage_Login($loginId: String!, $password: String!) {
    login(loginId: $loginId, password: $password) {
      role
    }
  }
`);

const LOGIN_FIELDS = {
  loginId: { label: 'ユーザ名', id: 'login-id' },
  password: { label: 'パスワード', id: 'login-password' },
};

/** Where to go after signing in: a path of this dashboard from ?next=, otherwise ホーム. */
export function safeNext(next: string | null): string {
  return next && /^\/(?!\/)[^\\]*$/.test(next) && !next.startsWith('/login') ? next : '/';
}

/** 1-1．ログイン: ユーザ名 and パスワード, 「ログイン」, and the 「パスワードをお忘れですか？」 link (1-2). */
export function LoginPage() {
  usePageTitle('ログイン');
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [loginId, setLoginId] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [login, { error, reset }] = useMutation(LoginPage_Login);
  // From ログイン until the next screen: the sign-in itself, then reloading who is signed in.
  const [signingIn, setSigningIn] = useState(false);
  const problem = useApiProblem(error);
  const { errors: fieldErrors, edited } = useFieldErrors(problem, missing);

  if (viewer.role !== null) return <Navigate to={safeNext(searchParams.get('next'))} replace />;

  const wrongCredentials = problem?.code === 'UNAUTHENTICATED';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    const empty: Record<string, string> = {};
    if (loginId.trim() === '') empty.loginId = 'ユーザ名を入力してください。';
    if (password === '') empty.password = 'パスワードを入力してください。';
    setMissing(empty);
    if (Object.keys(empty).length) {
      document.getElementById(empty.loginId ? LOGIN_FIELDS.loginId.id : LOGIN_FIELDS.password.id)?.focus();
      return;
    }
    setSigningIn(true);
    try {
      await login({ variables: { loginId, password } });
    } catch {
      setPassword('');
      setSigningIn(false);
      return;
    }
    // A new person: nothing cached for the previous one may remain. resetStore also asks the server again who is signed in.
    await client.resetStore();
    void navigate(safeNext(searchParams.get('next')), { replace: true });
  };

  return (
    <div className="narrow-page">
      <h1>ログイン</h1>
      <p className="page-lead">G-MIS のユーザ名とパスワードを入力して、「ログイン」ボタンを押してください。</p>
      {wrongCredentials ? (
        <div className="message message--error" role="alert" data-error-code="UNAUTHENTICATED">
          <p className="message__title">{problem.serverMessage ?? 'ユーザ名またはパスワードが正しくありません。'}</p>
          <p>入力内容を確認して、もう一度お試しください。パスワードを忘れた場合は「パスワードをお忘れですか？」から再設定できます。</p>
        </div>
      ) : (
        <ErrorMessage problem={problem} fields={LOGIN_FIELDS} focusOnShow />
      )}
      <form className="form-panel" onSubmit={submit} noValidate aria-label="ログイン">
        <div className="form-stack">
          <FormField label={LOGIN_FIELDS.loginId.label} required error={fieldErrors.loginId}>
            <input
              className="input"
              id={LOGIN_FIELDS.loginId.id}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={loginId}
              onChange={(e) => {
                setLoginId(e.target.value);
                edited('loginId');
              }}
            />
          </FormField>
          <FormField label={LOGIN_FIELDS.password.label} required error={fieldErrors.password}>
            <input
              className="input"
              id={LOGIN_FIELDS.password.id}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
                edited('password');
              }}
            />
          </FormField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={signingIn}>
            {signingIn ? 'ログイン中…' : 'ログイン'}
          </button>
        </div>
        <p className="form-link">
          <Link to="/password/forgot">パスワードをお忘れですか？</Link>
        </p>
      </form>
    </div>
  );
}
