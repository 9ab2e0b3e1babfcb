import { type ChangeEvent, useId, useState } from 'react';
import '../styles/content.css';
import { type UploadedFile, formatSize, uploadAttachment } from './attachments';
import type { FieldErrors } from './use-field-errors';

/** The API's name for a form's attached files (every mutation that takes attachments calls them this). */
const ATTACHMENTS_FIELD = 'attachmentIds';

interface AttachmentUploaderProps {
  files: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  /** The form's field messages: the API's message for the attachments is shown beside the control, and goes once the files change. */
  fieldErrors: FieldErrors;
  disabled?: boolean;
}

/**
 * 「ファイルのアップロード」: each chosen file is uploaded at once and listed; the form then
 * sends the ids with its mutation. Errors (size, type, empty file) appear beside the control.
 */
export function AttachmentUploader({ files, onChange: setFiles, fieldErrors, disabled = false }: AttachmentUploaderProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const shownError = uploadError ?? fieldErrors.errors[ATTACHMENTS_FIELD] ?? null;
  const onChange = (next: UploadedFile[]) => {
    setFiles(next);
    fieldErrors.edited(ATTACHMENTS_FIELD);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (!chosen.length) return;
    setBusy(true);
    setUploadError(null);
    const added: UploadedFile[] = [];
    try {
      for (const file of chosen) added.push(await uploadAttachment(file));
    } catch (failure) {
      setUploadError((failure as Error).message);
    } finally {
      setBusy(false);
      if (added.length) onChange([...files, ...added]);
    }
  };

  return (
    <div className="form-field">
      <p className="form-field__label" id={`upload${id}-title`}>
        添付ファイル
      </p>
      <p className="form-field__hint" id={`upload${id}-hint`}>
        PDF、画像（PNG・JPEG・GIF）、Word・Excel・PowerPoint、テキスト・CSV（1ファイル10MBまで）
      </p>
      {/* The native control stays (keyboard, screen readers, drag and drop) but is shown as the
          「ファイルのアップロード」 button, in Japanese like the rest of the screen; its own label would follow the browser's language. */}
      <input
        type="file"
        className="visually-hidden file-input"
        id={`upload${id}`}
        multiple
        disabled={disabled || busy}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={`upload${id}-hint${shownError ? ` upload${id}-error` : ''}`}
        onChange={(event) => void choose(event)}
      />
      <label htmlFor={`upload${id}`} className="button button--secondary file-button" aria-disabled={disabled || busy ? true : undefined}>
        ファイルのアップロード
      </label>
      {busy ? (
        <p className="status" role="status">
          アップロードしています…
        </p>
      ) : null}
      {shownError ? (
        <p className="form-field__error" id={`upload${id}-error`} role="alert">
          {shownError}
        </p>
      ) : null}
      {files.length ? (
        <ul className="file-list" aria-label="添付するファイル">
          {files.map((file) => (
            <li key={file.id}>
              {file.fileName}（{formatSize(file.sizeBytes)}）{' '}
              <button type="button" className="button button--secondary" onClick={() => onChange(files.filter((f) => f.id !== file.id))}>
                <span className="visually-hidden">{file.fileName} を</span>取り消す
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
