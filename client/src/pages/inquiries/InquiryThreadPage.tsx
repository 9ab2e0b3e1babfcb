import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { AttachmentUploader } from '../../components/AttachmentUploader';
import { AttachmentList } from '../../components/AttachmentList';
import type { UploadedFile } from '../../components/attachments';
import { describeApiError } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LeavePageDialog } from '../../components/LeavePageDialog';
import { LoadingStatus } from '../../components/StatusLine';
import { TextBody } from '../../components/TextBody';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInRole } from '../../components/use-signed-in-role';
import { changedFrom, useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import { graphql } from '../../gql';
import { TEXT_LIMITS } from '../../text-limits';
import '../../styles/content.css';
import { formatDateTime } from './inquiry-labels';
import { InquiryMeta, readInquirySummary } from './InquirySummary';

const InquiryThreadPage_Inquiry = graphql(`
  query InquiryThreadPage_Inquiry($id: ID!) {
    inquiry(id: $id) {
      id
      ...InquirySummary_Inquiry
      messages {
        kind
        body
        fromOffice
        authorName
        createdAt
        attachments {
          id
          ...AttachmentList_File
        }
      }
    }
  }
`);

const InquiryThreadPage_Comment = graphql(`
  mutation InquiryThreadPage_Comment($input: AddInquiryCommentInput!) {
    addInquiryComment(input: $input) {
      id
      status
    }
  }
`);

const InquiryThreadPage_Answer = graphql(`
  mutation InquiryThreadPage_Answer($input: AnswerInquiryInput!) {
    answerInquiry(input: $input) {
      id
      status
    }
  }
`);

const InquiryThreadPage_Close = graphql(`
  mutation InquiryThreadPage_Close($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);

const KIND_LABEL = { QUESTION: 'お問合せ', COMMENT: '追加質問', ANSWER: '回答' } as const;

/**
 * お問合せ詳細: the thread in order, with 追加質問 (asker) or 回答 (事務局) below.
 * Leaving with an unsent comment or answer asks first; sending clears the form.
 */
export function InquiryThreadPage() {
  const { id = '' } = useParams();
  const role = useSignedInRole();
  const office = role === 'OFFICE';
  const result = useQuery(InquiryThreadPage_Inquiry, { variables: { id }, skip: !role });
  const thread = result.data?.inquiry;
  const inquiry = thread ? { ...readInquirySummary(thread), messages: thread.messages } : null;
  usePageTitle(inquiry ? `お問合せ ${inquiry.number}` : 'お問合せ');

  const [text, setText] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const refetch = { refetchQueries: ['InquiryThreadPage_Inquiry'], awaitRefetchQueries: true };
  const [comment, commentState] = useMutation(InquiryThreadPage_Comment, refetch);
  const [answer, answerState] = useMutation(InquiryThreadPage_Answer, refetch);
  const [close, closeState] = useMutation(InquiryThreadPage_Close, refetch);
  const writeState = office ? answerState : commentState;
  const problem = useApiProblem(writeState.error ?? closeState.error);
  const fieldErrors = useFieldErrors(problem);
  const { errors, edited } = fieldErrors;
  const loadProblem = describeApiError(result.error);
  const guard = useUnsavedChangesGuard(changedFrom({ text, files }, { text: '', files: [] }));

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    const input = { inquiryId: id, body: text, attachmentIds: files.map((f) => f.id) };
    try {
      if (office) await answer({ variables: { input } });
      else await comment({ variables: { input } });
      setText('');
      setFiles([]);
      setSent(office ? '回答を登録しました。お問合せ者にメールでお知らせします。' : '送信しました。');
    } catch {
      // shown beside the fields
    }
  };

  if (role === null) return <ErrorMessage problem={{ code: 'UNAUTHENTICATED', serverMessage: null, fieldErrors: [] }} />;
  if (loadProblem) {
    return (
      <>
        <h1>お問合せ</h1>
        <ErrorMessage problem={loadProblem} />
        <Link to="/inquiries">お問合せ一覧へ戻る</Link>
      </>
    );
  }
  if (!inquiry) {
    return <LoadingStatus />;
  }
  const closed = inquiry.status === 'CLOSED';
  const bodyLabel = office ? '回答' : '内容について追加確認を行いたい場合はコメントを入力してください。';

  return (
    <>
      <p>
        <Link to="/inquiries">{office ? 'お問合せ対応' : 'お問合せ一覧'}へ戻る</Link>
      </p>
      <h1>{inquiry.subject}</h1>
      <InquiryMeta inquiry={inquiry} />

      <LeavePageDialog blocker={guard.blocker} />
      <h2>やり取り</h2>
      <ol className="thread">
        {inquiry.messages.map((message, index) => (
          <li key={index} className={`thread__message${message.fromOffice ? ' thread__message--office' : ''}`}>
            <p className="thread__meta">
              <strong>{KIND_LABEL[message.kind]}</strong>
              <span>{message.authorName}</span>
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </p>
            {message.body ? <TextBody text={message.body} /> : null}
            {message.attachments.length ? <AttachmentList files={message.attachments} label="添付ファイル" /> : null}
          </li>
        ))}
      </ol>

      {sent ? (
        <p className="message" role="status">
          {sent}
        </p>
      ) : null}
      {closed ? (
        <p className="status">このお問合せは完了しています。別の質問は新規お問合せから登録してください。</p>
      ) : (
        <form className="form-panel" onSubmit={(event) => void send(event)} noValidate aria-labelledby="reply-heading">
          <h2 id="reply-heading">{office ? '回答の登録' : '追加質問'}</h2>
          <ErrorMessage problem={problem} fields={{ body: { label: office ? '回答' : 'コメント', id: 'reply-body' } }} />
          <FormField label={bodyLabel} required={office} error={errors.body} maxLength={TEXT_LIMITS.inquiry.body}>
            <textarea
              className="input"
              id="reply-body"
              name="body"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                edited('body');
              }}
            />
          </FormField>
          <AttachmentUploader files={files} onChange={setFiles} fieldErrors={fieldErrors} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={writeState.loading}>
              {office ? '回答を登録' : '送信'}
            </button>
            {office ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={closeState.loading}
                onClick={() => void close({ variables: { id } }).catch(() => undefined)}
              >
                完了にする
              </button>
            ) : null}
          </div>
        </form>
      )}
    </>
  );
}
