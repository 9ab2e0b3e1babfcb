import { type FormEvent, useId, useState } from 'react';
import type { ApiProblem } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LeavePageDialog } from '../../components/LeavePageDialog';
import { useFieldErrors } from '../../components/use-field-errors';
import { changedFrom, useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import type { ReportSharing } from '../../gql/graphql';
import { SHARING_LABEL } from './report-labels';

export interface FolderFormValues {
  name: string;
  sharing: ReportSharing | '';
}

interface FolderFormProps {
  heading: string;
  initial: FolderFormValues;
  /** Top-level folders choose who sees them; a folder inside another takes its top folder's. */
  askSharing: boolean;
  problem: ApiProblem | null;
  saving: boolean;
  /** Saves; calls `saved` once the API has accepted, before moving to another screen (leaving then asks nothing). */
  onSave: (values: FolderFormValues, saved: () => void) => Promise<void>;
  onCancel: () => void;
}

/** Folder name limit (the API's 1–80 characters). */
const NAME_MAX = 80;

/**
 * 新規フォルダ / 名前の変更・共有範囲: a small form in the folder screen. Typed input is guarded
 * (leaving the screen asks first); errors from the API show beside the field they are about.
 */
export function FolderForm({ heading, initial, askSharing, problem, saving, onSave, onCancel }: FolderFormProps) {
  const [values, setValues] = useState(initial);
  const [local, setLocal] = useState<Record<string, string> | null>(null);
  const { errors, edited } = useFieldErrors(problem, local);
  const guard = useUnsavedChangesGuard(changedFrom(values, initial));
  const headingId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = 'フォルダ名を入力してください。';
    else if (values.name.trim().length > NAME_MAX) found.name = `フォルダ名は${NAME_MAX}文字以内で入力してください。`;
    if (askSharing && !values.sharing) found.sharing = '共有範囲を選択してください。';
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    await onSave({ ...values, name: values.name.trim() }, guard.markSaved);
  };

  return (
    <form className="report-panel" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={headingId}>{heading}</h2>
      <ErrorMessage problem={problem} fields={{ name: { label: 'フォルダ名', id: 'folder-name' } }} focusOnShow />
      <FormField label="フォルダ名" required error={errors.name} maxLength={NAME_MAX}>
        <input
          className="input"
          id="folder-name"
          value={values.name}
          onChange={(e) => {
            setValues((v) => ({ ...v, name: e.target.value }));
            edited('name');
          }}
        />
      </FormField>
      {askSharing ? (
        <FormField label="共有範囲" required error={errors.sharing} hint="このフォルダとその中のフォルダ・レポートを参照できる人">
          <select
            className="select"
            id="folder-sharing"
            value={values.sharing}
            onChange={(e) => {
              setValues((v) => ({ ...v, sharing: e.target.value as ReportSharing }));
              edited('sharing');
            }}
          >
            <option value="">選択してください</option>
            {(['OWNER', 'ORGANISATION', 'PREFECTURE'] as const).map((sharing) => (
              <option key={sharing} value={sharing}>
                {SHARING_LABEL[sharing]}
              </option>
            ))}
          </select>
        </FormField>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          保存
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          キャンセル
        </button>
      </div>
      <LeavePageDialog blocker={guard.blocker} />
    </form>
  );
}
