import { type FormEvent, useId, useState } from 'react';
import { FormField } from '../../components/FormField';

type Format = 'csv' | 'json';
type Encoding = 'sjis' | 'utf8';

/** Where the service streams every row of a report, run with the reader's permissions (no row cap). */
export function reportExportPath(reportId: string, format: Format, encoding: Encoding, variables: Record<string, unknown>): string {
  const query = new URLSearchParams({ variables: JSON.stringify(variables) });
  if (format === 'csv') query.set('encoding', encoding);
  return `/api/exports/reports/${encodeURIComponent(reportId)}.${format}?${query.toString()}`;
}

/**
 * エクスポート of the whole result (every page, not only the rows shown): 形式 カンマ区切り形式(.csv)
 * or JSON, 文字コード 日本語(Shift-JIS) by default or UTF-8, as the bed report's export offers. The
 * browser downloads the file itself, so a long report never sits in the page's memory.
 */
export function ReportExport({ reportId, variables }: { reportId: string; variables: Record<string, unknown> }) {
  const [format, setFormat] = useState<Format>('csv');
  const [encoding, setEncoding] = useState<Encoding>('sjis');
  const id = useId();

  const start = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const link = document.createElement('a');
    link.href = reportExportPath(reportId, format, encoding, variables);
    link.download = '';
    document.body.appendChild(link);
    link.click();
    link.remove();
  };

  return (
    <form className="export export__panel" onSubmit={start} noValidate aria-label="エクスポート">
      <FormField label="形式">
        <select
          className="select"
          id={`${id}-format`}
          value={format}
          onChange={(e) => setFormat(e.target.value === 'json' ? 'json' : 'csv')}
        >
          <option value="csv">カンマ区切り形式(.csv)</option>
          <option value="json">JSON(.json)</option>
        </select>
      </FormField>
      {format === 'csv' ? (
        <FormField label="文字コード">
          <select
            className="select"
            id={`${id}-encoding`}
            value={encoding}
            onChange={(e) => setEncoding(e.target.value === 'utf8' ? 'utf8' : 'sjis')}
          >
            <option value="sjis">日本語(Shift-JIS)</option>
            <option value="utf8">Unicode(UTF-8)</option>
          </select>
        </FormField>
      ) : null}
      <button type="submit" className="button button--primary">
        エクスポート
      </button>
    </form>
  );
}
