import { Link, Navigate } from 'react-router';
import { LoadingStatus } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { menuPath } from '../../screens';
import { useViewer } from '../../viewer';
import { HomeTasks } from './HomeTasks';
import './home.css';

/**
 * ホーム: the menus of the signed-in role, as the server lists them (a health centre with a
 * 人材募集登録用 ID and one with a とりまとめ団体用 ID see different homes), beside what is waiting
 * for the role (HomeTasks). Signed out → ログイン.
 */
export function HomePage() {
  usePageTitle('ホーム');
  const viewer = useViewer();
  if (viewer.loading) {
    return <LoadingStatus />;
  }
  if (viewer.role === null) return <Navigate to="/login" replace />;
  return (
    <>
      <h1>ホーム</h1>
      <dl className="viewer-summary">
        <div>
          <dt>ユーザ名</dt>
          <dd>{viewer.loginId}</dd>
        </div>
        <div>
          <dt>種別</dt>
          <dd>{viewer.roleLabel}</dd>
        </div>
        {viewer.organisation ? (
          <div>
            <dt>所属</dt>
            <dd>{viewer.organisation}</dd>
          </div>
        ) : null}
      </dl>
      <HomeTasks viewer={viewer} />
      <nav aria-labelledby="home-menu-heading">
        <h2 id="home-menu-heading">メニュー</h2>
        <ul className="home-menu">
          {viewer.menus.map((menu) => (
            <li key={menu.key}>
              <Link to={menuPath(menu.key)} className="home-menu__link" data-menu={menu.key}>
                {menu.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
