import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';

const LogoutButton_Logout = graphql(`
  mutation LogoutButton_Logout {
    logout
  }
`);

/** ログアウト: the server revokes the session; every cached answer is dropped before the login page shows. */
export function LogoutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutButton_Logout);
  const signOut = async () => {
    try {
      await logout();
    } finally {
      await client.resetStore();
      void navigate('/login', { replace: true });
    }
  };
  return (
    <button type="button" className="button button--secondary button--small" onClick={signOut} disabled={loading}>
      ログアウト
    </button>
  );
}
