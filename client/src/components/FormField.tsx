import { type ReactElement, cloneElement, useId } from 'react';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
  required?: boolean;
}

interface FormFieldProps {
  label: string;
  /** Shows the 必須 mark and marks the control as required. */
  required?: boolean;
  hint?: string;
  /** Message shown directly beneath the control and linked to it (aria-describedby). */
  error?: string | null;
  /** One input/select/textarea; the field wires its id, aria-invalid and aria-describedby. */
  children: ReactElement<ControlProps>;
}

/** Label, 必須 mark, hint and error for one form control, following the Digital Agency form pattern. */
export function FormField({ label, required = false, hint, error, children }: FormFieldProps) {
  const generated = useId();
  const id = children.props.id ?? `field${generated}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId, children.props['aria-describedby']].filter(Boolean).join(' ') || undefined;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    required: required || undefined,
  });
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
        {required ? <span className="form-field__required">必須</span> : null}
      </label>
      {hint ? (
        <p className="form-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {control}
      {error ? (
        <p className="form-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
