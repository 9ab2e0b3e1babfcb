import { useMutation } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type ApiProblem, describeApiError } from '../../components/api-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LeavePageDialog } from '../../components/LeavePageDialog';
import { NumericTextInput } from '../../components/NumericTextInput';
import { useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { BED_COUNT_MAX, BED_NOTE_MAX_LENGTH } from '../../limits';
import type { AcceptanceStatus, BedStatusReport_SnapshotFragment, StaffingStatus } from '../../gql/graphql';
import { BedSnapshot_Details, BedSnapshot_Summary } from './BedReportRow';
import {
  ACCEPTANCE_LABEL,
  ACCEPTANCE_STATUSES,
  BED_CATEGORIES,
  BED_CATEGORY_LABEL,
  BED_MEASURES,
  STAFFING_LABEL,
  formatReportTime,
  number,
} from './bed-labels';
import {
  BED_STATUS_FIELDS,
  type BedMeasure,
  type BedStatusValues,
  EQUIPMENT_FIELDS,
  STATUS_FIELDS,
  bedField,
  changedFields,
  type ReportedValues,
  controlId,
  noteLength,
  toReportInput,
  valuesFrom,
} from './bed-status-fields';
import './bed-status-report.css';

/** A report as the form reads it: the same figures every bed screen shows, plus when and by whom it was sent. */
export const BedStatusReport_Snapshot = graphql(`
  fragment BedStatusReport_Snapshot on BedSnapshot {
    id
    reportedAt
    source
    ...BedSnapshot_Summary
    ...BedSnapshot_Details
  }
`);

const BedStatusReportForm_Correct = graphql(`
  mutation BedStatusReportForm_Correct($snapshotId: ID!, $input: BedReportInput!) {
    correctBedReport(snapshotId: $snapshotId, input: $input) {
      duplicate
      snapshot {
        id
        ...BedStatusReport_Snapshot
      }
    }
  }
`);

const BedStatusReportForm_Report = graphql(`
  mutation BedStatusReportForm_Report($input: BedReportInput!) {
    reportBedStatus(input: $input) {
      duplicate
      snapshot {
        id
        ...BedStatusReport_Snapshot
      }
    }
  }
`);

type Snapshot = ReportedValues & Pick<BedStatusReport_SnapshotFragment, 'id' | 'reportedAt'>;

/** The report with the figures of its shared fragments unmasked. */
function readSnapshot(ref: FragmentType<typeof BedStatusReport_Snapshot>): Snapshot {
  const snapshot = getFragmentData(BedStatusReport_Snapshot, ref);
  return { ...snapshot, ...getFragmentData(BedSnapshot_Summary, snapshot), ...getFragmentData(BedSnapshot_Details, snapshot) };
}

/** What the last submission recorded, for the message above the form. */
export interface SavedReport {
  id: string;
  reportedAt: string;
  vacantTotal: number;
  unchanged: boolean;
  duplicate: boolean;
  /** A correction (訂正) of an earlier report rather than a new report. */
  corrected: boolean;
}

const STAFFING_STATUSES = Object.keys(STAFFING_LABEL) as StaffingStatus[];
const FIELD_ORDER = Object.keys(BED_STATUS_FIELDS);

/** A fresh key per distinct submission: a resend of the same report is stored once, a deliberate repeat again. */
const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

const newest = (a: Snapshot | null, b: Snapshot | null) => (!a ? b : !b ? a : Date.parse(a.reportedAt) >= Date.parse(b.reportedAt) ? a : b);

/** 「*」 in front of a required item's name, as on every form of the dashboard; screen readers hear 必須 instead of "asterisk". */
function RequiredLabel({ children }: { children: ReactNode }) {
  return (
    <>
      <span className="bed-status-required" aria-hidden="true">
        *
      </span>
      {children}
      <span className="visually-hidden"> 必須</span>
    </>
  );
}

interface BedStatusReportFormProps {
  /** The facility's latest report (prefills the form; null before its first report). */
  latest: FragmentType<typeof BedStatusReport_Snapshot> | null;
  /** Called after a report was recorded (the page reloads its list of recent reports). */
  onSaved: (saved: SavedReport) => void;
  /**
   * 訂正: the id of the report being corrected (then `latest` is that report). 保存 sends a
   * correction of it instead of a new report, and 前回から変更なし is not offered.
   */
  correctionOf?: string;
  /** 訂正 only: leaves the correction without saving. */
  onCancel?: () => void;
}

/**
 * 病床状況報告: every item of a report, prefilled with the last one. 保存 records the form;
 * 前回から変更なし records the last values again as a new report (its time is the news). Errors
 * stand beside their fields and are listed, with links, above the form; leaving with unsaved
 * changes asks first.
 */
export function BedStatusReportForm({ latest: latestRef, onSaved, correctionOf, onCancel }: BedStatusReportFormProps) {
  const loaded = useMemo(() => (latestRef ? readSnapshot(latestRef) : null), [latestRef]);
  // The form's own last report wins over the page's until the page has reloaded it.
  const [recorded, setRecorded] = useState<Snapshot | null>(null);
  const last = newest(recorded, loaded);
  const [baseline, setBaseline] = useState(() => valuesFrom(loaded));
  const [values, setValues] = useState(baseline);
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** Field errors the form has no control for (shown as text in the summary). */
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState<SavedReport | null>(null);
  const [confirmUnchanged, setConfirmUnchanged] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const submission = useRef<{ key: string; body: string } | null>(null);
  // Set synchronously: a double click's second click comes before React shows the button disabled.
  const inFlight = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const [report, reporting] = useMutation(BedStatusReportForm_Report);
  const [correct, correcting] = useMutation(BedStatusReportForm_Correct);
  const sending = reporting.loading || correcting.loading;

  const changed = useMemo(() => changedFields(values, baseline), [values, baseline]);
  const dirty = changed.length > 0;

  // Leaving the screen inside the dashboard asks in Japanese; closing or reloading the tab gets the browser's own question.
  const guard = useUnsavedChangesGuard(dirty);

  useEffect(() => {
    if (failedAttempts > 0) summaryRef.current?.focus();
  }, [failedAttempts]);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const clearError = (field: string) =>
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });
  const setCount = (category: (typeof BED_CATEGORIES)[number], measure: BedMeasure, value: string) => {
    setValues((v) => ({ ...v, beds: { ...v.beds, [category]: { ...v.beds[category], [measure]: value } } }));
    clearError(bedField(category, measure));
  };
  const setField = <K extends Exclude<keyof BedStatusValues, 'beds'>>(key: K, value: BedStatusValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearError(key);
  };

  const showFieldErrors = (found: Record<string, string>, other: string[] = []) => {
    setErrors(found);
    setOtherErrors(other);
    setFailedAttempts((n) => n + 1);
  };

  const send = async (toSend: BedStatusValues, unchanged: boolean) => {
    if (inFlight.current) return;
    const checked = toReportInput(toSend);
    setProblem(null);
    setSaved(null);
    if ('errors' in checked) {
      showFieldErrors(checked.errors);
      return;
    }
    setErrors({});
    setOtherErrors([]);
    const body = JSON.stringify(checked.input);
    if (submission.current?.body !== body) submission.current = { key: newKey(), body };
    inFlight.current = true;
    try {
      const input = { ...checked.input, idempotencyKey: submission.current.key };
      const payload = correctionOf
        ? (await correct({ variables: { snapshotId: correctionOf, input } })).data?.correctBedReport
        : (await report({ variables: { input } })).data?.reportBedStatus;
      if (!payload) return;
      submission.current = null;
      const snapshot = readSnapshot(payload.snapshot);
      const stored = valuesFrom(snapshot);
      setRecorded(snapshot);
      setBaseline(stored);
      setValues(stored);
      const done = {
        id: snapshot.id,
        reportedAt: snapshot.reportedAt,
        vacantTotal: snapshot.vacantTotal,
        unchanged,
        duplicate: payload.duplicate,
        corrected: correctionOf !== undefined,
      };
      setSaved(done);
      onSaved(done);
    } catch (error) {
      const found = describeApiError(error);
      if (found?.code === 'BAD_USER_INPUT' && found.fieldErrors.length > 0) {
        const mapped: Record<string, string> = {};
        const other: string[] = [];
        for (const { field, message } of found.fieldErrors) {
          if (BED_STATUS_FIELDS[field]) mapped[field] ??= message;
          else other.push(message);
        }
        showFieldErrors(mapped, other);
      } else {
        setProblem(found);
      }
    } finally {
      inFlight.current = false;
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(values, false);
  };
  const reportUnchanged = () => {
    if (!last) return;
    if (dirty) {
      setConfirmUnchanged(true);
      return;
    }
    void send(valuesFrom(last), true);
  };
  const discardAndReportUnchanged = () => {
    setConfirmUnchanged(false);
    if (!last) return;
    const previous = valuesFrom(last);
    setBaseline(previous);
    setValues(previous);
    void send(previous, true);
  };

  const summaryItems = FIELD_ORDER.filter((field) => errors[field]);
  const errorCount = summaryItems.length + otherErrors.length;
  const length = noteLength(values.note);
  const noteOver = length > BED_NOTE_MAX_LENGTH;

  const countField = (field: string, label: string, value: string, onChange: (value: string) => void) => {
    const id = controlId(field);
    const error = errors[field];
    return (
      <div className="bed-status-count" key={field}>
        <label className="bed-status-count__label" htmlFor={id}>
          <RequiredLabel>{label}</RequiredLabel>
        </label>
        <NumericTextInput
          className="bed-status-count__input"
          id={id}
          name={field}
          required
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={onChange}
        />
        {error ? (
          <p className="form-field__error bed-status-count__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  const choice = <S extends string>(
    field: string,
    legend: string,
    options: readonly S[],
    labels: Record<S, string>,
    current: S,
    onChange: (value: S) => void,
  ): ReactNode => (
    <fieldset className="bed-status-choice" key={field}>
      <legend className="bed-status-choice__legend">{legend}</legend>
      <div className="bed-status-choice__options">
        {options.map((option, index) => (
          <label className="bed-status-choice__option" key={option}>
            <input
              type="radio"
              name={field}
              value={option}
              id={index === 0 ? controlId(field) : undefined}
              checked={current === option}
              onChange={() => onChange(option)}
            />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
      {errors[field] ? <p className="form-field__error">{errors[field]}</p> : null}
    </fieldset>
  );

  return (
    <>
      {saved ? (
        <div className="message message--success bed-status-saved" role="status" tabIndex={-1} ref={savedRef}>
          <p className="message__title">
            {saved.duplicate
              ? 'この報告は既に保存されています。'
              : saved.corrected
                ? '報告を訂正しました。'
                : saved.unchanged
                  ? '前回から変更なしとして報告しました。'
                  : '病床状況を報告しました。'}
          </p>
          <p>
            報告日時：<time dateTime={saved.reportedAt}>{formatReportTime(saved.reportedAt)}</time>（空床数 合計
            {number.format(saved.vacantTotal)}床）
          </p>
          <p>
            <a href="#bed-status-recent">最近の報告を見る</a>
          </p>
        </div>
      ) : null}
      <ErrorMessage problem={problem} focusOnShow />
      {errorCount > 0 ? (
        <div className="message message--error" role="alert" tabIndex={-1} ref={summaryRef} data-error-code="BAD_USER_INPUT">
          <p className="message__title">入力内容に誤りがあります（{errorCount}件）。</p>
          <ul className="message__list">
            {summaryItems.map((field) => (
              <li key={field}>
                <a
                  href={`#${BED_STATUS_FIELDS[field].id}`}
                  onClick={(event) => {
                    // Focus the control itself (a fragment link only scrolls to it).
                    const control = document.getElementById(BED_STATUS_FIELDS[field].id);
                    if (!control) return;
                    event.preventDefault();
                    control.focus();
                  }}
                >
                  {BED_STATUS_FIELDS[field].label}：{errors[field]}
                </a>
              </li>
            ))}
            {otherErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <p>各項目のメッセージを確認して、入力し直してください。</p>
        </div>
      ) : null}

      <form className="bed-status-form" onSubmit={submit} noValidate aria-label={correctionOf ? '報告の訂正' : '病床状況の報告'}>
        <section className="bed-status-section" aria-labelledby="bed-status-beds">
          <h2 id="bed-status-beds">病床の状況</h2>
          <p className="form-field__hint">
            0〜{number.format(BED_COUNT_MAX)}の整数で入力してください。即応病床数・空床数は確保病床数以下、重症者数は入院患者数以下です。
          </p>
          {BED_CATEGORIES.map((category) => (
            <fieldset className="bed-status-category" key={category}>
              <legend className="bed-status-category__legend">{BED_CATEGORY_LABEL[category]}</legend>
              <div className="bed-status-category__counts">
                {BED_MEASURES.map(({ key, label }) =>
                  countField(bedField(category, key), label, values.beds[category][key], (value) => setCount(category, key, value)),
                )}
              </div>
            </fieldset>
          ))}
        </section>

        <section className="bed-status-section" aria-labelledby="bed-status-acceptance">
          <h2 id="bed-status-acceptance">受入状況・職員</h2>
          <div className="bed-status-choices">
            {STATUS_FIELDS.map(({ key, label }) =>
              choice<AcceptanceStatus>(key, label, ACCEPTANCE_STATUSES, ACCEPTANCE_LABEL, values[key], (value) => setField(key, value)),
            )}
            {choice<StaffingStatus>('staffing', '職員の充足状況', STAFFING_STATUSES, STAFFING_LABEL, values.staffing, (value) =>
              setField('staffing', value),
            )}
          </div>
        </section>

        <section className="bed-status-section" aria-labelledby="bed-status-equipment">
          <h2 id="bed-status-equipment">医療機器</h2>
          <div className="bed-status-equipment">
            {(['人工呼吸器', 'ECMO'] as const).map((group) => (
              <fieldset className="bed-status-category" key={group}>
                <legend className="bed-status-category__legend">{group}</legend>
                <div className="bed-status-category__counts bed-status-category__counts--pair">
                  {EQUIPMENT_FIELDS.filter((f) => f.group === group).map(({ key, label }) =>
                    countField(key, label, values[key], (value) => setField(key, value)),
                  )}
                </div>
              </fieldset>
            ))}
          </div>
        </section>

        <section className="bed-status-section" aria-labelledby="bed-status-note-heading">
          <h2 id="bed-status-note-heading" className="visually-hidden">
            備考
          </h2>
          <div className="bed-status-note">
            <label className="form-field__label" htmlFor={controlId('note')}>
              備考
            </label>
            <p className="form-field__hint" id="bed-status-note-hint">
              受入の条件や連絡事項など（{BED_NOTE_MAX_LENGTH}文字以内）
            </p>
            <textarea
              className="input bed-status-note__input"
              id={controlId('note')}
              name="note"
              rows={4}
              value={values.note}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={['bed-status-note-hint', 'bed-status-note-count', errors.note ? 'bed-status-note-error' : '']
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => setField('note', e.target.value)}
            />
            <p className={`bed-status-note__count${noteOver ? ' bed-status-note__count--over' : ''}`} id="bed-status-note-count">
              {length}／{BED_NOTE_MAX_LENGTH}文字{noteOver ? `（${length - BED_NOTE_MAX_LENGTH}文字超過）` : ''}
            </p>
            {/* Said once when the limit is crossed, not on every keystroke. */}
            <p className="visually-hidden" aria-live="polite">
              {noteOver ? `備考が${BED_NOTE_MAX_LENGTH}文字を超えています。` : ''}
            </p>
            {errors.note ? (
              <p className="form-field__error" id="bed-status-note-error">
                {errors.note}
              </p>
            ) : null}
          </div>
        </section>

        <div className="bed-status-actions">
          <p className="bed-status-actions__state">
            {dirty
              ? `未保存の変更：${changed.length}項目`
              : correctionOf
                ? '訂正前の報告から変更はありません'
                : last
                  ? '前回の報告から変更はありません'
                  : 'まだ報告がありません'}
          </p>
          <div className="bed-status-actions__buttons">
            {correctionOf ? (
              <button type="button" className="button button--secondary" onClick={onCancel} disabled={sending}>
                訂正をやめる
              </button>
            ) : (
              <button type="button" className="button button--secondary" onClick={reportUnchanged} disabled={!last || sending}>
                前回から変更なし
              </button>
            )}
            <button type="submit" className="button button--primary" disabled={sending}>
              {correctionOf ? '訂正を保存' : '保存'}
            </button>
          </div>
        </div>
      </form>

      <ConfirmDialog
        open={confirmUnchanged}
        title="入力中の変更を破棄しますか？"
        confirmLabel="破棄して報告する"
        cancelLabel="入力に戻る"
        onConfirm={discardAndReportUnchanged}
        onCancel={() => setConfirmUnchanged(false)}
      >
        <p>
          未保存の変更（{changed.length}
          項目）を破棄して、前回の報告と同じ内容で報告します。変更を報告するときは「入力に戻る」を選び、「保存」してください。
        </p>
      </ConfirmDialog>
      <LeavePageDialog blocker={guard.blocker} question="保存していない変更があります" leaveLabel="保存せずに移動する">
        <p>このページを離れると、入力中の変更（{changed.length}項目）は報告されません。</p>
      </LeavePageDialog>
    </>
  );
}
