import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormField } from '../../components/FormField';
import { NumericTextInput } from '../../components/NumericTextInput';
import { PublishableTextForm } from '../../components/PublishableTextForm';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { changedFrom, useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import { getFragmentData, graphql } from '../../gql';
import { TEXT_LIMITS, limitHint } from '../../text-limits';

/** What the editor fills its form from; an update answers with the same, so the detail page shows the saved entry. */
const FaqEditorPage_Form = graphql(`
  fragment FaqEditorPage_Form on FaqEntry {
    id
    question
    answer
    category
    sortOrder
    isPublic
  }
`);

const FaqEditorPage_Entry = graphql(`
  query FaqEditorPage_Entry($id: ID!) {
    faqEntry(id: $id) {
      id
      ...FaqEditorPage_Form
    }
  }
`);
const FaqEditorPage_Create = graphql(`
  mutation FaqEditorPage_Create($input: FaqEntryInput!) {
    createFaqEntry(input: $input) {
      id
    }
  }
`);
const FaqEditorPage_Update = graphql(`
  mutation FaqEditorPage_Update($id: ID!, $input: FaqEntryInput!) {
    updateFaqEntry(id: $id, input: $input) {
      id
      ...FaqEditorPage_Form
    }
  }
`);

const FIELDS = {
  question: { label: '質問', id: 'faq-question' },
  answer: { label: '回答', id: 'faq-answer' },
  category: { label: '分類', id: 'faq-category' },
  sortOrder: { label: '表示順', id: 'faq-sort-order' },
};

const EMPTY_FAQ = { question: '', answer: '', category: '', sortOrder: '0', isPublic: false };
type FaqForm = typeof EMPTY_FAQ;

/** FAQ の登録・編集 (G-MIS事務局). New entries are saved unpublished; publish them on the detail page. */
export function FaqEditorPage() {
  const { id } = useParams();
  usePageTitle(id ? 'FAQ の編集' : 'FAQ の新規登録');
  const navigate = useNavigate();
  const existing = useQuery(FaqEditorPage_Entry, { variables: { id: id ?? '' }, skip: !id });
  const [form, setForm] = useState(EMPTY_FAQ);
  // What the form started from (the saved entry once loaded): only differences from it are unsaved work.
  const [initial, setInitial] = useState(EMPTY_FAQ);
  useEffect(() => {
    const e = getFragmentData(FaqEditorPage_Form, existing.data?.faqEntry);
    if (!e) return;
    const loaded = { question: e.question, answer: e.answer, category: e.category, sortOrder: String(e.sortOrder), isPublic: e.isPublic };
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the form is filled once when the record arrives from the server
    setForm(loaded);
    setInitial(loaded);
  }, [existing.data]);
  const [create, createState] = useMutation(FaqEditorPage_Create);
  const [update, updateState] = useMutation(FaqEditorPage_Update);
  const problem = useApiProblem(createState.error ?? updateState.error ?? existing.error);
  const { errors, edited } = useFieldErrors(problem);
  const guard = useUnsavedChangesGuard(changedFrom(form, initial));
  const change = (patch: Partial<FaqForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    Object.keys(patch).forEach(edited);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const sortOrder = /^\d+$/.test(form.sortOrder.trim()) ? Number(form.sortOrder.trim()) : -1;
    const input = { question: form.question, answer: form.answer, category: form.category, sortOrder, isPublic: form.isPublic };
    try {
      if (id) {
        await update({ variables: { id, input } });
        guard.markSaved();
        void navigate(`/faq/${id}`);
      } else {
        const result = await create({ variables: { input } });
        if (result.data) {
          guard.markSaved();
          void navigate(`/faq/${result.data.createFaqEntry.id}`);
        }
      }
    } catch {
      // shown beside the fields
    }
  };

  return (
    <PublishableTextForm
      heading={id ? 'FAQ の編集' : 'FAQ の新規登録'}
      formLabel="FAQ"
      problem={problem}
      fields={FIELDS}
      title={{
        ...FIELDS.question,
        value: form.question,
        onChange: (question) => change({ question }),
        error: errors.question,
        maxLength: TEXT_LIMITS.faq.question,
      }}
      body={{
        ...FIELDS.answer,
        value: form.answer,
        onChange: (answer) => change({ answer }),
        error: errors.answer,
        maxLength: TEXT_LIMITS.faq.answer,
      }}
      details={
        <>
          <FormField label={FIELDS.category.label} required error={errors.category} hint={limitHint(TEXT_LIMITS.faq.category)}>
            <input className="input" id={FIELDS.category.id} value={form.category} onChange={(e) => change({ category: e.target.value })} />
          </FormField>
          <FormField label={FIELDS.sortOrder.label} error={errors.sortOrder} hint="小さいほど上に表示">
            <NumericTextInput id={FIELDS.sortOrder.id} value={form.sortOrder} onChange={(sortOrder) => change({ sortOrder })} />
          </FormField>
        </>
      }
      isPublic={form.isPublic}
      onIsPublicChange={(isPublic) => change({ isPublic })}
      blocker={guard.blocker}
      saving={createState.loading || updateState.loading}
      cancelTo={id ? `/faq/${id}` : '/faq'}
      onSubmit={(event) => void save(event)}
    />
  );
}
