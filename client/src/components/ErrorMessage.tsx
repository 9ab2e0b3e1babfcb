import { useEffect, useRef } from 'react';
import { type ApiProblem, ERROR_TEXT } from './api-errors';

/** Where a form shows each API field: its label and the id of its control. */
export type FieldDirectory = Record<string, { label: string; id: string }>;

interface ErrorMessageProps {
  problem: ApiProblem | null;
  /**
   * The form's fields by API field name. Field errors of these fields are listed with links to
   * the control (the error itself is shown beside the field); other field errors are listed as text.
   */
  fields?: FieldDirectory;
  /** Move focus to the message when it appears, so keyboard and screen-reader users notice it. */
  focusOnShow?: boolean;
}

/** An error box in Japanese for any API problem (one message per extensions.code, and network failures). */
export function ErrorMessage({ problem, fields = {}, focusOnShow = false }: ErrorMessageProps) {
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
      {problem.fieldErrors.length > 0 ? (
        <ul className="message__list">
          {problem.fieldErrors.map(({ field, message }) => {
            const target = fields[field];
            return (
              <li key={`${field}:${message}`}>
                {target ? (
                  <a
                    href={`#${target.id}`}
                    onClick={(event) => {
                      // Focus the control itself (a fragment link only scrolls to it).
                      const control = document.getElementById(target.id);
                      if (!control) return;
                      event.preventDefault();
                      control.focus();
                    }}
                  >
                    {target.label}：{message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p>{text.detail}</p>
    </div>
  );
}
