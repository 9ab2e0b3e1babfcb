import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApiProblem } from './api-errors';
import { ErrorMessage } from './ErrorMessage';
import { LoadingStatus } from './StatusLine';

interface DetailPageFrameProps {
  /** The list this record belongs to, and the link text back to it (e.g. お知らせ一覧へ戻る). */
  backTo: string;
  backLabel: string;
  problem: ApiProblem | null;
  loading: boolean;
  /** The record, once loaded (null until then, or when it could not be loaded). */
  children: ReactNode;
}

/** A record's detail screen: the link back to its list, the error box, then the record or <LoadingStatus>. */
export function DetailPageFrame({ backTo, backLabel, problem, loading, children }: DetailPageFrameProps) {
  return (
    <>
      <p>
        <Link to={backTo}>{backLabel}</Link>
      </p>
      <ErrorMessage problem={problem} />
      {children ?? <LoadingStatus loading={loading} />}
    </>
  );
}
