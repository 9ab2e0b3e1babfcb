import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type Column, DataTable } from '../../components/DataTable';
import { FormField } from '../../components/FormField';
import { usePageTitle } from '../../components/use-page-title';
import { useViewer } from '../../viewer';
import {
  type IntakeAnswer,
  type IntakeError,
  type IntakeRowResult,
  applyChecked,
  checkIntake,
  INTAKE_MAX_BYTES,
  resultCsvUrl,
  STATUS_LABEL,
} from './bed-intake';
import { number } from './bed-labels';
import './bed-intake.css';

const timeOfDay = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });

type Step =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'checked'; answer: IntakeAnswer }
  | { step: 'applying'; answer: IntakeAnswer }
  | { step: 'applied'; answer: IntakeAnswer; checked: IntakeAnswer };

const CHANGE_COLUMNS: Column<IntakeRowResult>[] = [
  { key: 'row', header: '行', render: (r) => number.format(r.row), numeric: true, nowrap: true },
  { key: 'code', header: '医療機関コード', render: (r) => r.facilityCode, nowrap: true },
  { key: 'name', header: '医療機関名', render: (r) => r.facilityName ?? '—', rowHeader: true, minWidth: '10em' },
  { key: 'status', header: '結果', render: (r) => STATUS_LABEL[r.status], nowrap: true },
  {
    key: 'changes',
    header: '変更内容（変更前 → 変更後）',
    minWidth: '16em',
    render: (r) => (
      <ul className="intake-changes">
        {r.changes.map((c) => (
          <li key={c.column}>
            {c.column}：{c.before === '' ? '（空欄）' : c.before} → {c.after === '' ? '（空欄）' : c.after}
          </li>
        ))}
      </ul>
    ),
  },
];

const ERROR_COLUMNS: Column<IntakeError>[] = [
  { key: 'row', header: '行', render: (e) => number.format(e.row), numeric: true, nowrap: true, rowHeader: true },
  { key: 'column', header: '列', render: (e) => e.column || '—', nowrap: true },
  { key: 'cell', header: 'セル', render: (e) => e.cell ?? '—', nowrap: true },
  { key: 'message', header: 'エラーの内容', render: (e) => e.message, minWidth: '16em' },
];

/** The counts of one answer, as a short list. */
function Counts({ answer }: { answer: IntakeAnswer }) {
  const applied = answer.mode === 'apply';
  return (
    <dl className="intake-counts">
      <div>
        <dt>読み取った行</dt>
        <dd>{number.format(answer.rows)}行</dd>
      </div>
      <div>
        <dt>{applied ? '取り込んだ行' : '変更あり'}</dt>
        <dd>{number.format(answer.changed)}行</dd>
      </div>
      <div>
        <dt>変更なし</dt>
        <dd>{number.format(answer.unchanged)}行</dd>
      </div>
      <div>
        <dt>エラー</dt>
        <dd>{number.format(answer.failed)}行</dd>
      </div>
    </dl>
  );
}

/** What an answer lists: its changed or stored rows, and every error. */
function Results({ answer }: { answer: IntakeAnswer }) {
  const changed = answer.results.filter((r) => r.status === 'CHANGED' || r.status === 'STORED');
  const errors = answer.results.flatMap((r) => r.errors);
  const applied = answer.mode === 'apply';
  return (
    <>
      {answer.truncated ? (
        <p className="message message--notice">
          画面には変更がある行とエラーの行を、それぞれ先頭から{number.format(changed.length)}行・
          {number.format(answer.results.length - changed.length)}行まで表示しています。すべての行は CSV でダウンロードできます。
        </p>
      ) : null}
      {errors.length > 0 ? (
        <section aria-labelledby="intake-errors">
          <h3 id="intake-errors">エラー（{number.format(errors.length)}件）</h3>
          <p>エラーのある行は取り込みません。ファイルを直して、もう一度「確認する」からやり直してください。</p>
          <DataTable
            caption={`エラー（${errors.length}件）`}
            captionHidden
            columns={ERROR_COLUMNS}
            rows={errors}
            rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
            stackOnSmallScreens
          />
        </section>
      ) : null}
      <section aria-labelledby="intake-changes">
        <h3 id="intake-changes">
          {applied ? '取り込んだ行' : '変更がある行'}（{number.format(changed.length)}行）
        </h3>
        <DataTable
          caption={applied ? '取り込んだ行' : '変更がある行'}
          captionHidden
          columns={CHANGE_COLUMNS}
          rows={changed}
          rowKey={(r) => String(r.row)}
          stackOnSmallScreens
          virtualizeFrom={500}
          empty={applied ? '取り込んだ行はありません。' : '変更がある行はありません（すべて最新の報告と同じです）。'}
        />
      </section>
    </>
  );
}

/**
 * Why 取込実行 cannot run now, in a sentence shown under the button (null: it can). The same facts
 * are further down the page (the empty list of changes, the error list), out of sight on a phone.
 */
function applyBlockedReason(answer: IntakeAnswer, busy: boolean): string | null {
  if (busy) return '取り込んでいます。終わるまでお待ちください。';
  if (answer.changed > 0) return null;
  if (answer.failed > 0)
    return `取り込める行がありません（変更がある行はなく、エラーが${number.format(answer.failed)}行あります）。エラーを直して、もう一度「確認する」からやり直してください。`;
  return '変更がある行がないため、取り込めません（すべて最新の報告と同じです）。';
}

/**
 * 一括取込 (prefectures and とりまとめ団体): upload the bed report's export, edited in Excel, as CSV
 * or .xlsx. 確認する runs a dry run that lists, row by row, what would change and every error; 取込実行
 * (after a confirmation) stores the changed rows, each row whole or not at all; the result can be
 * downloaded as CSV. The server decides everything (server/src/intake/bed-intake.ts).
 */
export function BedIntakePage() {
  usePageTitle('一括取込');
  const viewer = useViewer();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const busy = state.step === 'checking' || state.step === 'applying';
  const allowed = viewer.role === 'PREFECTURE' || viewer.role === 'HEALTH_CENTER_AGGREGATOR';
  const shown = state.step === 'checked' || state.step === 'applying' ? state.answer : state.step === 'applied' ? state.answer : null;
  const applyBlocked = state.step === 'checked' || state.step === 'applying' ? applyBlockedReason(state.answer, busy) : null;

  useEffect(() => {
    if (state.step === 'checked' || state.step === 'applied') resultHeading.current?.focus();
  }, [state.step]);

  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!file) {
      setFileError('取込ファイルを選択してください。');
      return;
    }
    if (file.size > INTAKE_MAX_BYTES) {
      setFileError(`ファイルは${INTAKE_MAX_BYTES / 1024 / 1024}MB以内にしてください。`);
      return;
    }
    setFileError(null);
    setState({ step: 'checking' });
    try {
      setState({ step: 'checked', answer: await checkIntake(file) });
    } catch (error) {
      setState({ step: 'idle' });
      setFailure((error as Error).message);
    }
  };

  const apply = async () => {
    setConfirming(false);
    if (state.step !== 'checked') return;
    const checked = state.answer;
    setState({ step: 'applying', answer: checked });
    try {
      // The server applies the file it checked: nothing is sent again.
      setState({ step: 'applied', answer: await applyChecked(checked.intakeId), checked });
    } catch (error) {
      setState({ step: 'checked', answer: checked });
      setFailure((error as Error).message);
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/">ホーム</Link> ＞ 一括取込
      </p>
      <h1>一括取込</h1>
      {viewer.role !== null && !allowed ? (
        <p className="message message--error" role="alert">
          一括取込は都道府県・とりまとめ団体のアカウントで行います。このアカウントでは取り込めません。
        </p>
      ) : (
        <>
          <p className="page-lead">
            <Link to="/beds">地域病床見える化</Link>
            でエクスポートしたファイル（エクスポートビュー「詳細のみ」、CSV または Excel
            ブック）を編集して、医療機関の病床状況をまとめて報告します。
            まず「確認する」で変更内容とエラーを確認し、「取込実行」で確認したファイルを取り込みます。最新の報告と同じ行は取り込みません（変更なし）。
          </p>
          <form className="intake-form" onSubmit={(event) => void check(event)} noValidate aria-label="ファイルを確認">
            <FormField
              label="取込ファイル"
              required
              hint="CSV（Shift-JIS または UTF-8）または Excel ブック（.xlsx）、20MB以内"
              error={fileError}
            >
              <input
                className="input"
                id={`${id}-file`}
                name="file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setFileError(null);
                  setFailure(null);
                  setState({ step: 'idle' });
                }}
              />
            </FormField>
            <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
              確認する
            </button>
          </form>
          <p role="status" className="intake-status">
            {state.step === 'checking' ? 'ファイルを確認しています…' : null}
            {state.step === 'applying' ? '取り込んでいます…' : null}
          </p>
          {failure ? (
            <div className="message message--error" role="alert">
              <p className="message__title">ファイルを取り込めませんでした。</p>
              <p>{failure}</p>
            </div>
          ) : null}
          {shown ? (
            <section className="intake-result" aria-labelledby="intake-result">
              <h2 id="intake-result" tabIndex={-1} ref={resultHeading}>
                {state.step === 'applied' ? '取込結果' : '確認結果'}（{shown.fileName}）
              </h2>
              {state.step === 'applied' ? (
                <div className="message message--success" role="status">
                  <p className="message__title">{number.format(shown.changed)}行を取り込みました。</p>
                  {shown.failed > 0 ? <p>エラーの{number.format(shown.failed)}行は取り込んでいません。</p> : null}
                </div>
              ) : null}
              <Counts answer={shown} />
              {state.step !== 'applied' && shown.changed > 0 ? (
                <p className="intake-expiry">
                  確認したファイルはサーバーに保存してあり、{timeOfDay.format(new Date(shown.expiresAt))}
                  まで「取込実行」で取り込めます（ファイルを選び直す必要はありません）。
                </p>
              ) : null}
              <div className="intake-actions">
                {state.step !== 'applied' ? (
                  // Focusable while it cannot run (aria-disabled, presses ignored), so a keyboard or screen
                  // reader user who reaches it hears why beside its name; sighted users read it right under it.
                  <button
                    type="button"
                    className="button button--primary intake-actions__apply"
                    aria-disabled={applyBlocked ? true : undefined}
                    aria-describedby={applyBlocked ? `${id}-apply-reason` : undefined}
                    data-blocked={applyBlocked && !busy ? '' : undefined}
                    onClick={() => {
                      if (!applyBlocked) setConfirming(true);
                    }}
                  >
                    取込実行
                  </button>
                ) : null}
                {applyBlocked ? (
                  <p className="intake-actions__reason" id={`${id}-apply-reason`}>
                    {applyBlocked}
                  </p>
                ) : null}
                <a className="button button--secondary" href={resultCsvUrl(shown.intakeId)} download>
                  {state.step === 'applied' ? '取込結果をダウンロード（CSV）' : '確認結果をダウンロード（CSV）'}
                </a>
              </div>
              <Results answer={shown} />
            </section>
          ) : null}
          <ConfirmDialog
            open={confirming}
            title="取り込みますか？"
            confirmLabel="取り込む"
            cancelLabel="キャンセル"
            onConfirm={() => void apply()}
            onCancel={() => setConfirming(false)}
          >
            <p>
              変更がある{number.format(state.step === 'checked' ? state.answer.changed : 0)}
              行を、各医療機関の新しい報告として保存します。
              {state.step === 'checked' && state.answer.failed > 0
                ? `エラーの${number.format(state.answer.failed)}行は取り込みません。`
                : ''}
            </p>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
