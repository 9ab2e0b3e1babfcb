interface NumericTextInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The text's tidy form, put in the field when the reader leaves it (null: left as typed). */
  tidy?: (text: string) => string | null;
  /** A hint to the browser of what the text looks like (it never stops the form: noValidate). */
  pattern?: string;
  // Wired by FormField.
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  required?: boolean;
}

/**
 * Digits typed as text, for use inside FormField: a number of minutes (報告期限の設定), a time of day
 * (TimeOfDayInput), a count (空床数の下限), an order (FAQ の表示順), a 10-digit code kept with its
 * leading zeros (医療機関コード). Not type="number": it drops what it cannot read (the error beside
 * the field could not quote it) and changes on a scroll wheel. Numeric keypad on phones, no
 * autofill suggestions; the form checks the text when it is sent.
 */
export function NumericTextInput({ value, onChange, tidy, ...rest }: NumericTextInputProps) {
  return (
    <input
      {...rest}
      className="input"
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={
        tidy
          ? () => {
              const tidied = tidy(value);
              if (tidied && tidied !== value) onChange(tidied);
            }
          : undefined
      }
    />
  );
}
