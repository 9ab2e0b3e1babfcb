import type { FormEvent, ReactNode } from 'react';
import { type Blocker, Link } from 'react-router';
import { limitHint } from '../text-limits';
import type { ApiProblem } from './api-errors';
import { ErrorMessage, type FieldDirectory } from './ErrorMessage';
import { FormField } from './FormField';
import { LeavePageDialog } from './LeavePageDialog';

interface TextField {
  label: string;
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  /** The server's limit (client/src/text-limits.ts). */
  maxLength: number;
}

interface PublishableTextFormProps {
  heading: string;
  /** The form's accessible name. */
  formLabel: string;
  problem: ApiProblem | null;
  fields: FieldDirectory;
  /** The required one-line heading (件名, 質問). */
  title: TextField;
  /** The required text (本文, 回答): paragraphs and bullet lines, no HTML. */
  body: TextField;
  /** The fields beside each other under the text (分類, 掲載日 …). */
  details: ReactNode;
  isPublic: boolean;
  onIsPublicChange: (isPublic: boolean) => void;
  /** Below the 公開 checkbox (e.g. attachments). */
  extra?: ReactNode;
  saving: boolean;
  cancelTo: string;
  /** The editor's unsaved-changes guard (use-unsaved-changes-guard.ts). */
  blocker: Blocker;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * The G-MIS事務局's editor for a text the dashboard publishes (FAQ entry, notice): heading, title, body,
 * the type's own fields, ログイン不要で公開 and 保存 / キャンセル; asks before leaving with unsaved input.
 */
export function PublishableTextForm(props: PublishableTextFormProps) {
  const { title, body } = props;
  return (
    <>
      <h1>{props.heading}</h1>
      <p className="page-lead">「*」の付いた項目は必須入力です。</p>
      <ErrorMessage problem={props.problem} fields={props.fields} focusOnShow />
      <LeavePageDialog blocker={props.blocker} />
      <form className="form-panel" onSubmit={props.onSubmit} noValidate aria-label={props.formLabel}>
        <FormField label={title.label} required error={title.error} hint={limitHint(title.maxLength)}>
          <input className="input" id={title.id} value={title.value} onChange={(e) => title.onChange(e.target.value)} />
        </FormField>
        <FormField
          label={body.label}
          required
          error={body.error}
          maxLength={body.maxLength}
          hint="空行で段落、「- 」で始まる行は箇条書きになります。HTML は使えません。"
        >
          <textarea className="input" id={body.id} value={body.value} onChange={(e) => body.onChange(e.target.value)} />
        </FormField>
        <div className="form-grid">{props.details}</div>
        <div className="form-field">
          <label>
            <input type="checkbox" checked={props.isPublic} onChange={(e) => props.onIsPublicChange(e.target.checked)} />{' '}
            ログインしていない利用者にも公開する
          </label>
        </div>
        {props.extra}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={props.saving}>
            保存
          </button>
          <Link to={props.cancelTo} className="button button--secondary">
            キャンセル
          </Link>
        </div>
      </form>
    </>
  );
}
