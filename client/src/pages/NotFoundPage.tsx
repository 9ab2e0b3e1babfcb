import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title';

export function NotFoundPage() {
  usePageTitle('ページが見つかりません');
  return (
    <>
      <h1>ページが見つかりません</h1>
      <p>お探しのページは移動または削除されたか、URL が誤っている可能性があります。</p>
      <p>
        <Link to="/">トップページへ戻る</Link>
      </p>
    </>
  );
}
