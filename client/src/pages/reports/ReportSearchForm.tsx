import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormField } from '../../components/FormField';
import { SCREEN_PATHS } from '../../screens';

/** The API's limit on the search text (searchReports' text: 1–100 characters). */
export const REPORT_SEARCH_MAX = 100;

/** The レポート screen with the results of a search. */
export const reportSearchPath = (text: string): string => `${SCREEN_PATHS.reports}?q=${encodeURIComponent(text)}`;

interface ReportSearchFormProps {
  initial?: string;
}

/**
 * 「レポートを検索」: one box on the レポート screens for a part of a report's or a folder's name
 * (full-/half-width, case and spaces ignored by the API). Searching opens the レポート screen with
 * the text in its address and the results under the box.
 */
export function ReportSearchForm({ initial = '' }: ReportSearchFormProps) {
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  const [local, setLocal] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setLocal('検索する文字を入力してください。');
      document.getElementById('report-search')?.focus();
      return;
    }
    if (trimmed.length > REPORT_SEARCH_MAX) {
      setLocal(`検索する文字は${REPORT_SEARCH_MAX}文字以内で入力してください。`);
      document.getElementById('report-search')?.focus();
      return;
    }
    setLocal(null);
    void navigate(reportSearchPath(trimmed));
  };

  return (
    <form className="report-search" role="search" aria-label="レポートを検索" onSubmit={submit} noValidate>
      <FormField label="レポートを検索" hint="レポート名・フォルダ名の一部（全角・半角、大文字・小文字は区別しません）" error={local}>
        <input
          className="input"
          type="search"
          id="report-search"
          name="q"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setLocal(null);
          }}
        />
      </FormField>
      <button type="submit" className="button button--primary">
        検索
      </button>
    </form>
  );
}
