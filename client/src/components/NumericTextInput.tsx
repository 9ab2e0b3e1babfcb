interface NumericTextInputProps {
  id: string;
  /** The form control's name, where the form has one per field. */
  name?: string;
  /** A class beside the design system's `input`, for a layout of the page's own. */
  className?: string;
  value: string;
  onChange: (value: string) => void;
  /** The text's tidy form, put in the field when the reader leaves it (null: left as typed). Default: halfWidthDigits. */
  tidy?: (text: string) => string | null;
  /** A hint to the browser of what the text looks like (it never stops the form: noValidate). */
  pattern?: string;
  // Wired by FormField.
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  required?: boolean;
}

/**
 * Digits typed full-width (a Japanese IME's default: １２) or with spaces around them, as the digits
 * the service will store (12); null for any other text, which stays as typed so the error beside the
 * field can quote it.
 */
export function halfWidthDigits(text: string): string | null {
  const plain = text.normalize('NFKC').trim();
  return /^\d+$/.test(plain) ? plain : null;
}

/**
 * Digits typed as text, for use inside FormField or a form's own layout: a number of minutes (報告期限の設定), a time of day
 * (TimeOfDayInput), a bed count (病床状況の報告), a count (空床数の下限), an order (FAQ の表示順), a 10-digit code kept with its
 * leading zeros (医療機関コード). Not type="number": it drops what it cannot read (the error beside
 * the field could not quote it) and changes on a scroll wheel. Numeric keypad on phones, no
 * autofill suggestions; the form checks the text when it is sent.
 */
export function NumericTextInput({ value, onChange, tidy = halfWidthDigits, className, ...rest }: NumericTextInputProps) {
  return (
    <input
      {...rest}
      className={className ? `input ${className}` : 'input'}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        const tidied = tidy(value);
        if (tidied && tidied !== value) onChange(tidied);
      }}
    />
  );
}
