import { type ReactElement, cloneElement, useId } from 'react';
import { countedLength } from '../text-limits';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
  required?: boolean;
  value?: unknown;
  rows?: number;
}

interface FormFieldProps {
  label: string;
  /** Shows the 「*」 mark (read as 必須) and marks the control as required. */
  required?: boolean;
  hint?: string;
  /** Message shown directly beneath the control and linked to it (aria-describedby). */
  error?: string | null;
  /**
   * The server's limit for this text (client/src/text-limits.ts): a live 「123 / 2000文字」 count
   * under the control, and a textarea without `rows` gets a height that suits the limit.
   */
  maxLength?: number;
  /** One input/select/textarea; the field wires its id, aria-invalid and aria-describedby. */
  children: ReactElement<ControlProps>;
}

/** Lines a textarea shows for a limit: room for a typical entry, scrolling beyond that. */
function rowsFor(limit: number): number {
  if (limit <= 500) return 4;
  if (limit <= 1000) return 6;
  if (limit <= 2000) return 8;
  return 12;
}

/**
 * Label, required mark, hint, character count and error for one form control, following the
 * Digital Agency form pattern. Required fields carry the G-MIS 「*」 before the label; screen
 * readers hear 必須 instead of "asterisk".
 */
export function FormField({ label, required = false, hint, error, maxLength, children }: FormFieldProps) {
  const generated = useId();
  const id = children.props.id ?? `field${generated}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const countId = maxLength ? `${id}-count` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, countId, errorId, children.props['aria-describedby']].filter(Boolean).join(' ') || undefined;
  const length = typeof children.props.value === 'string' ? countedLength(children.props.value) : 0;
  const over = maxLength ? length - maxLength : 0;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    required: required || undefined,
    ...(maxLength && children.type === 'textarea' && children.props.rows === undefined ? { rows: rowsFor(maxLength) } : {}),
  });
  const classes = ['form-field', maxLength ? 'form-field--counted' : '', over > 0 ? 'form-field--over' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {/* The 「*」 stays outside the <label>: the label's own text (and the control's name) is 「項目名必須」. */}
      <div className="form-field__label">
        {required ? (
          <span className="form-field__asterisk" aria-hidden="true">
            *
          </span>
        ) : null}
        <label htmlFor={id}>
          {label}
          {required ? <span className="visually-hidden">必須</span> : null}
        </label>
      </div>
      {hint ? (
        <p className="form-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {control}
      {maxLength ? (
        <p className={`form-field__counter${over > 0 ? ' form-field__counter--over' : ''}`} id={countId} aria-live="polite">
          {`${length} / ${maxLength}文字`}
          {over > 0 ? `（上限を${over}文字超えています）` : ''}
        </p>
      ) : null}
      {error ? (
        <p className="form-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
