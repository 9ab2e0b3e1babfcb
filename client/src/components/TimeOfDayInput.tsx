import { NumericTextInput } from './NumericTextInput';
import { parseTimeOfDay } from './time-of-day';

interface TimeOfDayInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  // Wired by FormField.
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  required?: boolean;
}

/**
 * A 24-hour time of day (HH:MM) as text, for use inside FormField. Not type="time": the browser's
 * time field follows its own language (12:00 PM in English) where staff read and type 24-hour
 * times. Numeric keypad on phones; 1730 or full-width digits become 17:30 on leaving the field.
 * No maxLength: it would cut "5:30 PM" to "5:30" and save 05:30; a text that is not a time of
 * day is refused beside the field instead.
 */
export function TimeOfDayInput(props: TimeOfDayInputProps) {
  return <NumericTextInput {...props} pattern="([01]?[0-9]|2[0-3]):?[0-5][0-9]" tidy={parseTimeOfDay} />;
}
