import { type FormEvent, useId, useState } from 'react';
import { FormField } from '../../components/FormField';
import { type BedReportCriteria, type ExportEncoding, type ExportView, exportQuery } from './bed-report-params';
import { number } from './bed-labels';

export const EXPORT_PATH = '/api/exports/bed-report.csv';
/** The 「詳細のみ」 columns as an Excel workbook: the file 一括取込 takes back after editing. */
export const EXPORT_XLSX_PATH = '/api/exports/bed-report.xlsx';

type ExportFormat = 'csv' | 'xlsx';
export const EXPORT_SUMMARY_PATH = '/api/exports/bed-report.summary';

interface ExportSummary {
  rows: number;
  substitutions: number;
}

type ExportState = { step: 'idle' } | { step: 'running' } | { step: 'done'; summary: ExportSummary } | { step: 'failed'; message: string };

/** The service's own message for a refused export (its JSON errors body), if it sent one. */
async function refusal(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { errors?: { message?: unknown }[] };
    const message = body.errors?.[0]?.message;
    return typeof message === 'string' ? message : null;
  } catch {
    return null;
  }
}

/**
 * エクスポート: エクスポートビュー「詳細のみ」 (one line per facility) or 「サマリー」 (the totals), 形式「カンマ区切り形式(.csv)」,
 * 文字コード「日本語(Shift-JIS)」 (or UTF-8) beside the one 「エクスポート」 button, which downloads
 * every row of the current search (BED_REPORT_SCREEN_LIMIT bounds only what a screen shows). The
 * browser downloads the file itself (no copy in memory). The summary request reads the same rows as the download, so its answer is when the
 * status says 「エクスポートしています…」 is over: the row count and the characters Shift-JIS could not
 * hold, or why the service refused.
 */
export function BedExportPanel({ criteria }: { criteria: BedReportCriteria }) {
  const [encoding, setEncoding] = useState<ExportEncoding>('sjis');
  const [view, setView] = useState<ExportView>('details');
  const [format, setFormat] = useState<ExportFormat>('csv');
  // The workbook holds 「詳細のみ」 in Unicode: the view and the character set are the CSV's choices.
  const xlsx = format === 'xlsx' && view === 'details';
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const id = useId();
  const running = state.step === 'running';

  const startExport = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One export at a time: the button stays focusable (aria-disabled) and ignores presses meanwhile.
    if (running) return;
    const query = exportQuery(criteria, encoding, view);
    setState({ step: 'running' });
    const link = document.createElement('a');
    link.href = `${xlsx ? EXPORT_XLSX_PATH : EXPORT_PATH}?${query}`;
    link.download = '';
    document.body.appendChild(link);
    link.click();
    link.remove();
    fetch(`${EXPORT_SUMMARY_PATH}?${query}`, { credentials: 'same-origin' })
      .then(async (response) => {
        if (response.ok) {
          const summary = (await response.json()) as ExportSummary;
          setState({ step: 'done', summary: xlsx ? { ...summary, substitutions: 0 } : summary });
          return;
        }
        const message = await refusal(response);
        setState({
          step: 'failed',
          message: message
            ? `エクスポートできませんでした。${message}`
            : 'エクスポートの結果を確認できませんでした。ダウンロードしたファイルを確認してください。',
        });
      })
      .catch(() =>
        setState({
          step: 'failed',
          message: 'エクスポートの結果を確認できませんでした。通信環境を確認して、ダウンロードしたファイルを確認してください。',
        }),
      );
  };

  return (
    <form className="export export__panel" onSubmit={startExport} noValidate aria-label="エクスポート">
      <FormField label="エクスポートビュー">
        <select
          className="select"
          id={`${id}-view`}
          name="view"
          value={view}
          onChange={(e) => {
            const next = e.target.value === 'summary' ? 'summary' : 'details';
            setView(next);
            if (next === 'summary') setFormat('csv');
          }}
        >
          <option value="details">詳細のみ</option>
          <option value="summary">サマリー</option>
        </select>
      </FormField>
      <FormField label="形式">
        <select
          className="select"
          id={`${id}-format`}
          name="format"
          value={format}
          onChange={(e) => setFormat(e.target.value === 'xlsx' ? 'xlsx' : 'csv')}
        >
          <option value="csv">カンマ区切り形式(.csv)</option>
          <option value="xlsx" disabled={view === 'summary'}>
            Excel ブック(.xlsx)
          </option>
        </select>
      </FormField>
      <FormField label="文字コード">
        <select
          className="select"
          id={`${id}-encoding`}
          name="encoding"
          disabled={xlsx}
          value={encoding}
          onChange={(e) => setEncoding(e.target.value === 'utf8' ? 'utf8' : 'sjis')}
        >
          <option value="sjis">日本語(Shift-JIS)</option>
          <option value="utf8">Unicode(UTF-8)</option>
        </select>
      </FormField>
      <button type="submit" className="button button--primary" aria-disabled={running || undefined}>
        エクスポート
      </button>
      <p role="status" className={`export__result${state.step === 'failed' ? ' export__result--failed' : ''}`}>
        {state.step === 'running' ? 'エクスポートしています…' : null}
        {state.step === 'done'
          ? `${number.format(state.summary.rows)}件をエクスポートしました。${
              state.summary.substitutions > 0
                ? ` Shift-JIS で表せない文字 ${number.format(state.summary.substitutions)}文字を「〓」などの代替文字に置き換えました。`
                : ''
            }`
          : null}
        {state.step === 'failed' ? state.message : null}
      </p>
    </form>
  );
}
