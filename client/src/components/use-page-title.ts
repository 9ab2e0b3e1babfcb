import { useEffect } from 'react';

export const SYSTEM_NAME = 'G-MIS 医療機関等情報支援システム';

/** Sets the browser tab's title to 「<page> | G-MIS 医療機関等情報支援システム」 (WCAG 2.4.2). */
export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} | ${SYSTEM_NAME}`;
  }, [page]);
}
