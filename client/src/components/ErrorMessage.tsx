import { useEffect, useRef } from 'react';
import { type ApiProblem, ERROR_TEXT } from './api-errors';

interface ErrorMessageProps {
  problem: ApiProblem | null;
  /** Move focus to the message when it appears, so keyboard and screen-reader users notice it. */
  focusOnShow?: boolean;
}

/** An error box in Japanese for any API problem; field errors themselves are shown beside the fields. */
export function ErrorMessage({ problem, focusOnShow = true }: ErrorMessageProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem && focusOnShow) ref.current?.focus();
  }, [problem, focusOnShow]);
  if (!problem) return null;
  const text = ERROR_TEXT[problem.code];
  const showServerMessage = problem.serverMessage && problem.serverMessage !== text.title;
  return (
    <div className="message message--error" role="alert" tabIndex={-1} ref={ref} data-error-code={problem.code}>
      <p className="message__title">{text.title}</p>
      {showServerMessage ? <p>{problem.serverMessage}</p> : null}
      <p>{text.detail}</p>
    </div>
  );
}
