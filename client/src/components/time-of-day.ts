/**
 * A time of day typed in 24-hour form, as staff read and write it (17:30, never 5:30 PM): HH:MM,
 * also H:MM, HHMM or HMM, with full-width digits or colon from a Japanese input method. The
 * HH:MM the API takes, or null when the text is not a time of day.
 */
export function parseTimeOfDay(text: string): string | null {
  const match = /^([01]?\d|2[0-3]):?([0-5]\d)$/.exec(text.normalize('NFKC').trim());
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : null;
}

/** The message beside a time-of-day field named `label` whose text is missing or not a time of day; null when it reads. */
export function timeOfDayError(label: string, text: string): string | null {
  if (!text.trim()) return `${label}を入力してください。`;
  return parseTimeOfDay(text) ? null : `${label}は 00:00〜23:59 の24時間制（例: 12:00、17:30）で入力してください。`;
}
