import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { AttachmentUploader } from '../../components/AttachmentUploader';
import type { UploadedFile } from '../../components/attachments';
import { FormField } from '../../components/FormField';
import { PublishableTextForm } from '../../components/PublishableTextForm';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { changedFrom, useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import { getFragmentData, graphql } from '../../gql';
import type { NoticeImportance } from '../../gql/graphql';
import { TEXT_LIMITS } from '../../text-limits';

/** What the editor fills its form from; an update answers with the same, so the detail page shows the saved notice. */
const NoticeEditorPage_Form = graphql(`
  fragment NoticeEditorPage_Form on Notice {
    id
    title
    body
    importance
    publishDate
    isPublic
  }
`);

const NoticeEditorPage_Notice = graphql(`
  query NoticeEditorPage_Notice($id: ID!) {
    notice(id: $id) {
      id
      ...NoticeEditorPage_Form
    }
  }
`);
const NoticeEditorPage_Create = graphql(`
  mutation NoticeEditorPage_Create($input: NoticeInput!) {
    createNotice(input: $input) {
      id
    }
  }
`);
const NoticeEditorPage_Update = graphql(`
  mutation NoticeEditorPage_Update($id: ID!, $input: NoticeInput!) {
    updateNotice(id: $id, input: $input) {
      id
      ...NoticeEditorPage_Form
    }
  }
`);

const FIELDS = {
  title: { label: '件名', id: 'notice-title' },
  body: { label: '本文', id: 'notice-body' },
  publishDate: { label: '掲載日', id: 'notice-date' },
  importance: { label: '重要度', id: 'notice-importance' },
};

/** Today in Japan as yyyy-mm-dd (the date input's value). */
const todayInJapan = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
const toJapanDate = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(iso));

/** お知らせの登録・編集 (G-MIS事務局). Saved unpublished when new; publish on the detail page. */
const DEFAULT_IMPORTANCE: NoticeImportance = 'NORMAL';

export function NoticeEditorPage() {
  const { id } = useParams();
  usePageTitle(id ? 'お知らせの編集' : 'お知らせの新規登録');
  const navigate = useNavigate();
  const existing = useQuery(NoticeEditorPage_Notice, { variables: { id: id ?? '' }, skip: !id });
  const [initial, setInitial] = useState(() => ({
    title: '',
    body: '',
    importance: DEFAULT_IMPORTANCE,
    publishDate: todayInJapan(),
    isPublic: false,
  }));
  const [form, setForm] = useState(initial);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  useEffect(() => {
    const n = getFragmentData(NoticeEditorPage_Form, existing.data?.notice);
    if (!n) return;
    // The saved notice is what the form starts from: only differences from it are unsaved work.
    const loaded = {
      title: n.title,
      body: n.body,
      importance: n.importance,
      publishDate: toJapanDate(n.publishDate),
      isPublic: n.isPublic,
    };
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the form is filled once when the record arrives from the server
    setForm(loaded);
    setInitial(loaded);
  }, [existing.data]);
  const [create, createState] = useMutation(NoticeEditorPage_Create);
  const [update, updateState] = useMutation(NoticeEditorPage_Update);
  const problem = useApiProblem(createState.error ?? updateState.error ?? existing.error);
  const fieldErrors = useFieldErrors(problem);
  const { errors, edited } = fieldErrors;
  const guard = useUnsavedChangesGuard(changedFrom({ form, files }, { form: initial, files: [] }));
  const change = (patch: Partial<typeof form>) => {
    setForm((current) => ({ ...current, ...patch }));
    Object.keys(patch).forEach(edited);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // 掲載日 is a date in Japan: the notice shows from 0:00 JST of that day.
    const publishDate = /^\d{4}-\d{2}-\d{2}$/.test(form.publishDate) ? new Date(`${form.publishDate}T00:00:00+09:00`).toISOString() : null;
    const input = {
      title: form.title,
      body: form.body,
      importance: form.importance,
      publishDate,
      isPublic: form.isPublic,
      attachmentIds: files.map((f) => f.id),
    };
    try {
      if (id) {
        await update({ variables: { id, input } });
        guard.markSaved();
        void navigate(`/notices/${id}`);
      } else {
        const result = await create({ variables: { input } });
        if (result.data) {
          guard.markSaved();
          void navigate(`/notices/${result.data.createNotice.id}`);
        }
      }
    } catch {
      // shown beside the fields
    }
  };

  return (
    <PublishableTextForm
      heading={id ? 'お知らせの編集' : 'お知らせの新規登録'}
      formLabel="お知らせ"
      problem={problem}
      fields={FIELDS}
      title={{
        ...FIELDS.title,
        value: form.title,
        onChange: (title) => change({ title }),
        error: errors.title,
        maxLength: TEXT_LIMITS.notice.title,
      }}
      body={{
        ...FIELDS.body,
        value: form.body,
        onChange: (body) => change({ body }),
        error: errors.body,
        maxLength: TEXT_LIMITS.notice.body,
      }}
      details={
        <>
          <FormField label={FIELDS.publishDate.label} error={errors.publishDate}>
            <input
              className="input"
              type="date"
              id={FIELDS.publishDate.id}
              value={form.publishDate}
              onChange={(e) => change({ publishDate: e.target.value })}
            />
          </FormField>
          <FormField label={FIELDS.importance.label} error={errors.importance}>
            <select
              className="select"
              id={FIELDS.importance.id}
              value={form.importance}
              onChange={(e) => change({ importance: e.target.value as NoticeImportance })}
            >
              <option value="NORMAL">通常</option>
              <option value="IMPORTANT">重要</option>
            </select>
          </FormField>
        </>
      }
      isPublic={form.isPublic}
      onIsPublicChange={(isPublic) => change({ isPublic })}
      extra={<AttachmentUploader files={files} onChange={setFiles} fieldErrors={fieldErrors} />}
      blocker={guard.blocker}
      saving={createState.loading || updateState.loading}
      cancelTo={id ? `/notices/${id}` : '/notices'}
      onSubmit={(event) => void save(event)}
    />
  );
}
