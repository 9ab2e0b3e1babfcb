import type { ReactNode } from 'react';

const number = new Intl.NumberFormat('ja-JP');

/**
 * 「読み込んでいます…」 while a screen waits for its data, announced politely by screen readers
 * (role=status). Renders nothing once `loading` is false.
 */
export function LoadingStatus({ loading = true }: { loading?: boolean }) {
  if (!loading) return null;
  return (
    <p className="status" role="status">
      読み込んでいます…
    </p>
  );
}

/** 「該当件数 1,234件」 above a list of search results, announced when a new search answers; `children` follow on the same line. */
export function ResultCount({ total, children }: { total: number; children?: ReactNode }) {
  return (
    <p className="result-summary__count" role="status">
      該当件数 {number.format(total)}件{children}
    </p>
  );
}
