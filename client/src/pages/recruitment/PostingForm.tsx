import { useLazyQuery, useQuery } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApiProblem } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LeavePageDialog } from '../../components/LeavePageDialog';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { changedFrom, useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import { graphql } from '../../gql';
import type { PostingStatus } from '../../gql/graphql';
import { TEXT_LIMITS, limitHint } from '../../text-limits';
import { KeyNetPreview } from './KeyNetPreview';
import {
  EMPLOYMENT_TYPE_LABEL,
  EMPLOYMENT_TYPES,
  OCCUPATION_LABEL,
  OCCUPATIONS,
  POSTING_FIELDS,
  STATUS_LABEL,
  type PostingFormValues,
  clientFieldErrors,
  toPostingInput,
} from './posting-fields';
import './recruitment.css';

const PostingForm_Prefectures = graphql(`
  query PostingForm_Prefectures {
    prefectures {
      id
      code
      name
    }
  }
`);

const PostingForm_Preview = graphql(`
  query PostingForm_Preview($posting: PostingInput!) {
    previewKeyNetPosting(posting: $posting) {
      ...KeyNetPreview_Posting
    }
  }
`);

interface PostingFormProps {
  initial: PostingFormValues;
  /** API field names the facility must fill in (保健所: the work location too). */
  requiredFields: readonly string[];
  facilityName: string;
  status: PostingStatus;
  statusChoices: readonly PostingStatus[];
  /** Problem from the last save (typed API error), shown above the form and beside each field. */
  problem: ApiProblem | null;
  saving: boolean;
  /** Saves; resolves to the saved posting's path (the form then opens it) or null when it was not saved. */
  onSave: (values: PostingFormValues, status: PostingStatus) => Promise<string | null>;
  cancelTo: string;
  /** Extra content above the form (e.g. the CONFLICT explanation with a reload button). */
  notice?: ReactNode;
}

/**
 * 入力画面: the posting's items in sections, 「*」 marks from the server's rule, errors beside each
 * field and linked from the summary, counted long texts, 保存 (no 保存＆新規), and a Key-Net
 * preview of the input. Leaving with unsaved input asks first.
 */
export function PostingForm({
  initial,
  requiredFields,
  facilityName,
  status: initialStatus,
  statusChoices,
  problem,
  saving,
  onSave,
  cancelTo,
  notice,
}: PostingFormProps) {
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState<PostingStatus>(initialStatus);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const prefectures = useQuery(PostingForm_Prefectures);
  const [loadPreview, preview] = useLazyQuery(PostingForm_Preview, { fetchPolicy: 'network-only' });
  const previewProblem = useApiProblem(preview.error);
  const shownProblem = problem ?? previewProblem;
  const { errors, edited } = useFieldErrors(shownProblem, clientErrors);
  const required = new Set(requiredFields);
  const prefectureName = (code: string) => prefectures.data?.prefectures.find((p) => p.code === code)?.name ?? code;
  const navigate = useNavigate();
  const guard = useUnsavedChangesGuard(changedFrom({ values, status }, { values: initial, status: initialStatus }));

  const set = <K extends keyof PostingFormValues>(key: K, value: PostingFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    edited(key);
  };
  const text = (
    key: Exclude<keyof PostingFormValues, 'maskingRequested' | 'occupation' | 'employmentType'>,
    options: { hint?: string; multiline?: boolean; type?: string; autoComplete?: string; inputMode?: 'numeric' | 'tel' | 'email' } = {},
  ) => (
    <FormField
      label={POSTING_FIELDS[key].label}
      required={required.has(key)}
      hint={options.hint}
      error={errors[key]}
      maxLength={options.multiline && key in TEXT_LIMITS.posting ? TEXT_LIMITS.posting[key as keyof typeof TEXT_LIMITS.posting] : undefined}
    >
      {options.multiline ? (
        <textarea className="input" id={POSTING_FIELDS[key].id} name={key} value={values[key]} onChange={(e) => set(key, e.target.value)} />
      ) : (
        <input
          className="input"
          id={POSTING_FIELDS[key].id}
          name={key}
          type={options.type ?? 'text'}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete ?? 'off'}
          value={values[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FormField>
  );

  const checkLocally = () => {
    const found = clientFieldErrors(values);
    setClientErrors(found);
    return Object.keys(found).length === 0;
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!checkLocally()) return;
    const saved = await onSave(values, status);
    if (saved) {
      guard.markSaved();
      void navigate(saved, { state: { saved: true } });
    }
  };
  const showPreview = () => {
    if (checkLocally()) void loadPreview({ variables: { posting: toPostingInput(values) } });
  };

  return (
    <form className="form-panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="posting-form-heading">
      <LeavePageDialog blocker={guard.blocker} />
      <h2 id="posting-form-heading">人材募集の入力</h2>
      <p className="page-lead">登録施設：{facilityName}。「*」の付いた項目は必須入力です。</p>
      <ErrorMessage problem={shownProblem} fields={POSTING_FIELDS} focusOnShow />
      {notice}

      <fieldset className="form-section">
        <legend>① 募集内容</legend>
        <div className="form-grid">
          {text('title', { hint: limitHint(TEXT_LIMITS.posting.title) })}
          <FormField label={POSTING_FIELDS.occupation.label} required={required.has('occupation')} error={errors.occupation}>
            <select
              className="select"
              id={POSTING_FIELDS.occupation.id}
              name="occupation"
              value={values.occupation}
              onChange={(e) => set('occupation', e.target.value as PostingFormValues['occupation'])}
            >
              <option value="">選択してください</option>
              {OCCUPATIONS.map((o) => (
                <option key={o} value={o}>
                  {OCCUPATION_LABEL[o]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={POSTING_FIELDS.employmentType.label} required={required.has('employmentType')} error={errors.employmentType}>
            <select
              className="select"
              id={POSTING_FIELDS.employmentType.id}
              name="employmentType"
              value={values.employmentType}
              onChange={(e) => set('employmentType', e.target.value as PostingFormValues['employmentType'])}
            >
              <option value="">選択してください</option>
              {EMPLOYMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {EMPLOYMENT_TYPE_LABEL[t]}
                </option>
              ))}
            </select>
          </FormField>
          {text('openings', { hint: '1〜999（半角数字）', inputMode: 'numeric' })}
        </div>
        {text('duties', { multiline: true })}
        {text('qualifications', { multiline: true })}
      </fieldset>

      <fieldset className="form-section">
        <legend>② 勤務条件</legend>
        {text('workingHours', { multiline: true })}
        {text('pay', { multiline: true })}
        <div className="form-grid">{text('period')}</div>
      </fieldset>

      <fieldset className="form-section">
        <legend>③ 就業場所</legend>
        <div className="form-grid">
          {text('workPostalCode', { hint: '7桁（ハイフンなしでも可）例：1000013', inputMode: 'numeric', autoComplete: 'postal-code' })}
          <FormField
            label={POSTING_FIELDS.workPrefectureCode.label}
            required={required.has('workPrefectureCode')}
            error={errors.workPrefectureCode}
          >
            <select
              className="select"
              id={POSTING_FIELDS.workPrefectureCode.id}
              name="workPrefectureCode"
              value={values.workPrefectureCode}
              onChange={(e) => set('workPrefectureCode', e.target.value)}
            >
              <option value="">選択してください</option>
              {prefectures.data?.prefectures.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </FormField>
          {text('workAddress')}
          {text('workFacilityName')}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>④ 連絡先</legend>
        <div className="form-grid">
          {text('contactName')}
          {text('contactLocation')}
          {text('contactPhone', { hint: '例：03-1234-5678', type: 'tel', inputMode: 'tel' })}
          {text('contactEmail', { type: 'email', inputMode: 'email' })}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>⑤ 公開設定</legend>
        <div className="checkbox">
          <input
            type="checkbox"
            id={POSTING_FIELDS.maskingRequested.id}
            name="maskingRequested"
            checked={values.maskingRequested}
            aria-describedby="posting-masking-hint"
            onChange={(e) => set('maskingRequested', e.target.checked)}
          />
          <label htmlFor={POSTING_FIELDS.maskingRequested.id}>{POSTING_FIELDS.maskingRequested.label}</label>
        </div>
        <p className="form-field__hint" id="posting-masking-hint">
          チェックすると、医療のお仕事 Key-Net
          では医療機関名、郵便番号・住所(市区町村・番地等)・住所(具体的な施設名)、担当者氏名・所在地・応募担当電話番号・E-mail
          が表示されません。
        </p>
        <FormField label={POSTING_FIELDS.status.label} error={errors.status}>
          <select
            className="select"
            id={POSTING_FIELDS.status.id}
            name="status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as PostingStatus);
              edited('status');
            }}
          >
            {statusChoices.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </FormField>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? '保存しています…' : '保存'}
        </button>
        <button type="button" className="button button--secondary" onClick={showPreview} disabled={preview.loading}>
          Key-Net での表示を確認
        </button>
        <Link to={cancelTo} className="button button--secondary">
          キャンセル
        </Link>
      </div>
      {preview.data && !preview.error ? (
        <KeyNetPreview posting={preview.data.previewKeyNetPosting} prefectureName={prefectureName} />
      ) : null}
    </form>
  );
}
