import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeApiError } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';

const PasswordResetRequestPage_Request = graphql(`
  mutation PasswordResetRequestPage_Request($loginId: String!) {
    requestPasswordReset(loginId: $loginId)
  }
`);

const FIELDS = { loginId: { label: 'ユーザ名', id: 'reset-login-id' } };

/**
 * 1-2．パスワード再発行申請: ユーザ名 → 「パスワードリセット」. The answer is the same whether or not
 * the ID exists (the server says nothing either way); the mail goes to the registered address.
 */
export function PasswordResetRequestPage() {
  usePageTitle('パスワードのリセット');
  const [loginId, setLoginId] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [request, { error, loading }] = useMutation(PasswordResetRequestPage_Request);
  const doneRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loginId.trim() === '') {
      setMissing('ユーザ名を入力してください。');
      document.getElementById(FIELDS.loginId.id)?.focus();
      return;
    }
    setMissing(null);
    try {
      await request({ variables: { loginId } });
    } catch {
      return;
    }
    setSent(true);
    setTimeout(() => doneRef.current?.focus(), 0);
  };

  return (
    <div className="narrow-page">
      <h1>パスワードのリセット</h1>
      {sent ? (
        <div className="message message--success" role="status" tabIndex={-1} ref={doneRef}>
          <p className="message__title">パスワードリセットの申請を受け付けました。</p>
          <p>
            {'入力されたユーザ名が登録されている場合、登録されているメールアドレスにパスワードリセットのご案内を送信しました。' +
              'メール本文にあるパスワード設定URLにアクセスし、画面の指示に従って新しいパスワードを設定してください。'}
          </p>
          <p>URLの有効期限はメールに記載しています。メールが届かない場合は、しばらく待ってからもう一度申請してください。</p>
          <p>
            <Link to="/login">ログイン画面へ戻る</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="page-lead">
            ユーザ名を入力して「パスワードリセット」ボタンを押すと、登録されているメールアドレスへパスワードリセットのご案内メールを送信します。
          </p>
          <ErrorMessage problem={describeApiError(error)} fields={FIELDS} focusOnShow />
          <form className="form-panel" onSubmit={submit} noValidate aria-label="パスワードリセット">
            <div className="form-stack">
              <FormField label={FIELDS.loginId.label} required error={missing}>
                <input
                  className="input"
                  id={FIELDS.loginId.id}
                  name="username"
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  value={loginId}
                  onChange={(e) => setLoginId(e.target.value)}
                />
              </FormField>
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={loading}>
                パスワードリセット
              </button>
              <Link to="/login" className="button button--secondary">
                キャンセル
              </Link>
            </div>
          </form>
        </>
      )}
      <section className="contact" aria-labelledby="contact-heading">
        <h2 id="contact-heading">ユーザ名が分からない場合</h2>
        <p>事務局までお問合せください。</p>
        <p>
          厚生労働省 G-MIS事務局
          <br />
          0570-783-872（土日祝日を除く平日9時～17時）
        </p>
      </section>
    </div>
  );
}
