import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigationType } from 'react-router';
import { menuFor } from '../menu';
import { LogoutButton } from '../pages/accounts/LogoutButton';
import { ReportingModeBanner } from '../pages/reporting/ReportingModeBanner';
import { useViewer } from '../viewer';

/**
 * The page frame every screen shares: skip link, header with the system name, the menu for the
 * viewer's role (collapsed behind a button on smartphones), main content and footer.
 */
export function Layout() {
  const viewer = useViewer();
  const items = menuFor(viewer);
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  const navigationType = useNavigationType();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After moving to another screen the collapsed menu closes and focus goes to the new content,
  // as it would after a full page load. Not on the first load nor on redirects (REPLACE): there
  // the skip link must stay the first thing Tab reaches.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the menu closes when the screen changes (a change from outside React state)
    setMenuOpen(false);
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    if (navigationType !== 'REPLACE') mainRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of screen should move focus
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            <span className="site-header__mark">G-MIS</span>{' '}
            <span className="site-header__name">
              <span className="site-header__name-part">医療機関等</span>
              <span className="site-header__name-part">情報支援システム</span>
            </span>
          </Link>
          <span className="site-header__viewer">{viewer.displayName ? `${viewer.displayName} さん` : 'ログインしていません'}</span>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-toggle__icon" aria-hidden="true">
              {menuOpen ? '×' : '≡'}
            </span>
            {menuOpen ? '閉じる' : 'メニュー'}
          </button>
        </div>
      </header>
      <nav id="site-nav" className="site-nav" aria-label="メインメニュー" data-open={menuOpen}>
        <ul className="site-nav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className="site-nav__link" end={item.to === '/'}>
                {item.label}
              </NavLink>
            </li>
          ))}
          {viewer.loading ? null : viewer.role === null ? (
            <li className="site-nav__account">
              <NavLink to="/login" className="site-nav__link">
                ログイン
              </NavLink>
            </li>
          ) : (
            <li className="site-nav__account">
              <LogoutButton />
            </li>
          )}
        </ul>
      </nav>
      <ReportingModeBanner viewer={viewer} />
      <main id="main" className="site-main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      {/* A new screen opens at its top (and Back returns to where the reader was), as after a full page load. */}
      <ScrollRestoration />
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>医療機関等情報支援システム（G-MIS）デモ環境</p>
        </div>
      </footer>
    </div>
  );
}
