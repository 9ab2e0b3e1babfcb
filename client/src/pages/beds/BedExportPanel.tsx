import { useId, useState } from 'react';
import { FormField } from '../../components/FormField';
import { type BedReportCriteria, type ExportEncoding, exportQuery } from './bed-report-params';
import { number } from './bed-labels';

export const EXPORT_PATH = '/api/exports/bed-report.csv';
export const EXPORT_SUMMARY_PATH = '/api/exports/bed-report.summary';

interface ExportSummary {
  rows: number;
  substitutions: number;
}

/**
 * エクスポート (seed 3-2): エクスポートビュー「詳細のみ」, 形式「カンマ区切り形式(.csv)」,
 * 文字コード「日本語(Shift-JIS)」 (or UTF-8), then 「エクスポート」 downloads every row of the
 * current search (no 2,000 limit). The browser downloads the file itself (no copy in memory);
 * the row count and the number of characters Shift-JIS could not hold come from the summary.
 */
export function BedExportPanel({ criteria }: { criteria: BedReportCriteria }) {
  const [open, setOpen] = useState(false);
  const [encoding, setEncoding] = useState<ExportEncoding>('sjis');
  const [summary, setSummary] = useState<ExportSummary | null>(null);
  const [failed, setFailed] = useState(false);
  const panelId = useId();

  const startExport = () => {
    const query = exportQuery(criteria, encoding);
    setSummary(null);
    setFailed(false);
    const link = document.createElement('a');
    link.href = `${EXPORT_PATH}?${query}`;
    link.download = '';
    document.body.appendChild(link);
    link.click();
    link.remove();
    fetch(`${EXPORT_SUMMARY_PATH}?${query}`, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        setSummary((await response.json()) as ExportSummary);
      })
      .catch(() => setFailed(true));
  };

  return (
    <div className="export">
      <button type="button" className="button button--secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        エクスポート
      </button>
      <div id={panelId} className="export__panel form-panel" hidden={!open}>
        <h3 className="export__title">エクスポート</h3>
        <div className="form-grid">
          <FormField label="エクスポートビュー">
            <select className="select" id={`${panelId}-view`} name="view" defaultValue="details">
              <option value="details">詳細のみ</option>
            </select>
          </FormField>
          <FormField label="形式">
            <select className="select" id={`${panelId}-format`} name="format" defaultValue="csv">
              <option value="csv">カンマ区切り形式(.csv)</option>
            </select>
          </FormField>
          <FormField label="文字コード">
            <select className="select" id={`${panelId}-encoding`} name="encoding" value={encoding} onChange={(e) => setEncoding(e.target.value === 'utf8' ? 'utf8' : 'sjis')}>
              <option value="sjis">日本語(Shift-JIS)</option>
              <option value="utf8">Unicode(UTF-8)</option>
            </select>
          </FormField>
        </div>
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={startExport}>
            エクスポート
          </button>
        </div>
        <div role="status" className="export__result">
          {summary ? (
            <p>
              {number.format(summary.rows)}件をエクスポートしました。
              {summary.substitutions > 0
                ? ` Shift-JIS で表せない文字 ${number.format(summary.substitutions)}文字を「〓」などの代替文字に置き換えました。`
                : ''}
            </p>
          ) : null}
          {failed ? <p className="message message--error">エクスポートの件数を確認できませんでした。ダウンロードしたファイルを確認してください。</p> : null}
        </div>
      </div>
    </div>
  );
}
