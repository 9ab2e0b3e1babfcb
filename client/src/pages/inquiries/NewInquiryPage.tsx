import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AttachmentUploader } from '../../components/AttachmentUploader';
import type { UploadedFile } from '../../components/attachments';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LeavePageDialog } from '../../components/LeavePageDialog';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { changedFrom, useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import { graphql } from '../../gql';
import type { InquiryCategory } from '../../gql/graphql';
import { TEXT_LIMITS, limitHint } from '../../text-limits';
import { CATEGORIES, CATEGORY_LABEL } from './inquiry-labels';

const NewInquiryPage_Create = graphql(`
  mutation NewInquiryPage_Create($input: CreateInquiryInput!) {
    createInquiry(input: $input) {
      id
    }
  }
`);

const FIELDS = {
  subject: { label: '件名', id: 'inquiry-subject' },
  body: { label: '内容', id: 'inquiry-body' },
  category: { label: '分類', id: 'inquiry-category' },
  attachmentIds: { label: 'ファイルのアップロード', id: 'inquiry-files' },
};

const EMPTY_INQUIRY = { subject: '', body: '', category: '' as InquiryCategory | '' };

/** 新規お問合せ: *件名・*内容 are required; 「登録」 sends it to the G-MIS office. Leaving with unsaved input asks first. */
export function NewInquiryPage() {
  usePageTitle('新規お問合せ');
  const navigate = useNavigate();
  const [form, setForm] = useState(EMPTY_INQUIRY);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [create, { loading, error }] = useMutation(NewInquiryPage_Create);
  const problem = useApiProblem(error);
  const fieldErrors = useFieldErrors(problem);
  const { errors, edited } = fieldErrors;
  const guard = useUnsavedChangesGuard(changedFrom({ form, files }, { form: EMPTY_INQUIRY, files: [] }));
  const change = (patch: Partial<typeof form>) => {
    setForm((current) => ({ ...current, ...patch }));
    Object.keys(patch).forEach(edited);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const result = await create({
        variables: { input: { ...form, category: form.category || null, attachmentIds: files.map((f) => f.id) } },
      });
      if (result.data) {
        guard.markSaved();
        void navigate(`/inquiries/${result.data.createInquiry.id}`);
      }
    } catch {
      // shown by ErrorMessage and beside the fields
    }
  };

  return (
    <>
      <h1>新規お問合せ</h1>
      <p className="page-lead">
        G-MIS事務局にシステムの操作方法等を質問できます。項目名の先頭に*が付いている項目は必須入力です。回答が登録されるとメールでお知らせします。
      </p>
      <ErrorMessage problem={problem} fields={FIELDS} focusOnShow />
      <LeavePageDialog blocker={guard.blocker} />
      <form className="form-panel" onSubmit={(event) => void submit(event)} noValidate aria-label="新規お問合せ">
        <FormField label={FIELDS.subject.label} required error={errors.subject} hint={limitHint(TEXT_LIMITS.inquiry.subject)}>
          <input
            className="input"
            id={FIELDS.subject.id}
            name="subject"
            value={form.subject}
            onChange={(e) => change({ subject: e.target.value })}
          />
        </FormField>
        <FormField label={FIELDS.category.label} error={errors.category}>
          <select
            className="select"
            id={FIELDS.category.id}
            name="category"
            value={form.category}
            onChange={(e) => change({ category: e.target.value as InquiryCategory | '' })}
          >
            <option value="">選択してください</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={FIELDS.body.label} required error={errors.body} maxLength={TEXT_LIMITS.inquiry.body}>
          <textarea
            className="input"
            id={FIELDS.body.id}
            name="body"
            value={form.body}
            onChange={(e) => change({ body: e.target.value })}
          />
        </FormField>
        <AttachmentUploader files={files} onChange={setFiles} fieldErrors={fieldErrors} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            登録
          </button>
          <Link to="/inquiries" className="button button--secondary">
            一覧へ戻る
          </Link>
        </div>
      </form>
    </>
  );
}
