import type { FormEvent, ReactNode } from 'react';

interface SearchPanelProps {
  /** Id of the 検索条件 heading, which names the search landmark. */
  headingId: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The conditions (one field, or a form-grid of them). */
  children: ReactNode;
}

/** 検索条件 above a list screen's results: the conditions and the 検索 button, as a search landmark. */
export function SearchPanel({ headingId, onSubmit, children }: SearchPanelProps) {
  return (
    <form className="form-panel" role="search" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h2 id={headingId}>検索条件</h2>
      {children}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          検索
        </button>
      </div>
    </form>
  );
}
