import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AttachmentUploader } from '../../components/AttachmentUploader';
import type { UploadedFile } from '../../components/attachments';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import type { InquiryCategory } from '../../gql/graphql';
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

/** 新規お問合せ (seed 4-1): *件名・*内容 are required; 「登録」 sends it to the G-MIS office. */
export function NewInquiryPage() {
  usePageTitle('新規お問合せ');
  const navigate = useNavigate();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [category, setCategory] = useState<InquiryCategory | ''>('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [create, { loading, error }] = useMutation(NewInquiryPage_Create);
  const problem = describeApiError(error);
  const errors = fieldErrorMap(problem);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const result = await create({
        variables: { input: { subject, body, category: category || null, attachmentIds: files.map((f) => f.id) } },
      });
      if (result.data) navigate(`/inquiries/${result.data.createInquiry.id}`);
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
      <form className="form-panel" onSubmit={(event) => void submit(event)} noValidate aria-label="新規お問合せ">
        <FormField label={`*${FIELDS.subject.label}`} required error={errors.subject} hint="200文字以内">
          <input className="input" id={FIELDS.subject.id} name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
        </FormField>
        <FormField label={FIELDS.category.label} error={errors.category}>
          <select className="select" id={FIELDS.category.id} name="category" value={category} onChange={(e) => setCategory(e.target.value as InquiryCategory | '')}>
            <option value="">選択してください</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={`*${FIELDS.body.label}`} required error={errors.body} hint="10,000文字以内">
          <textarea className="textarea" id={FIELDS.body.id} name="body" value={body} onChange={(e) => setBody(e.target.value)} />
        </FormField>
        <AttachmentUploader files={files} onChange={setFiles} error={errors.attachmentIds} />
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
