import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { formatSize } from '../../components/attachments';
import { describeApiError } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextBody } from '../../components/TextBody';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInRole } from '../../components/use-signed-in-role';
import { graphql } from '../../gql';
import { formatDate } from '../inquiries/inquiry-labels';

const NoticeDetailPage_Notice = graphql(`
  query NoticeDetailPage_Notice($id: ID!) {
    notice(id: $id) {
      id
      title
      body
      importance
      publishDate
      published
      isPublic
      read
      attachments {
        id
        fileName
        sizeBytes
        downloadUrl
      }
    }
  }
`);
const NoticeDetailPage_MarkRead = graphql(`
  mutation NoticeDetailPage_MarkRead($id: ID!) {
    markNoticeRead(id: $id) {
      id
      read
    }
  }
`);
const NoticeDetailPage_Publish = graphql(`
  mutation NoticeDetailPage_Publish($id: ID!) {
    publishNotice(id: $id) {
      id
      published
    }
  }
`);
const NoticeDetailPage_Unpublish = graphql(`
  mutation NoticeDetailPage_Unpublish($id: ID!) {
    unpublishNotice(id: $id) {
      id
      published
    }
  }
`);

/** お知らせの詳細 (seed 4-4 ③). Opening it marks it read for the signed-in account. */
export function NoticeDetailPage() {
  const { id = '' } = useParams();
  const role = useSignedInRole();
  const office = role === 'OFFICE';
  const result = useQuery(NoticeDetailPage_Notice, { variables: { id } });
  const [markRead] = useMutation(NoticeDetailPage_MarkRead);
  const [publish, publishState] = useMutation(NoticeDetailPage_Publish);
  const [unpublish, unpublishState] = useMutation(NoticeDetailPage_Unpublish);
  const notice = result.data?.notice;
  usePageTitle(notice ? notice.title.slice(0, 40) : 'お知らせ');

  useEffect(() => {
    if (notice && notice.read === false && role) void markRead({ variables: { id: notice.id } }).catch(() => undefined);
  }, [notice, role, markRead]);
  const problem = describeApiError(result.error ?? publishState.error ?? unpublishState.error);

  return (
    <>
      <p>
        <Link to="/notices">お知らせ一覧へ戻る</Link>
      </p>
      <ErrorMessage problem={problem} />
      {notice ? (
        <article>
          <p className="detail-meta">
            <span>掲載日 {formatDate(notice.publishDate)}</span>
            {notice.importance === 'IMPORTANT' ? <span className="badge badge--important">重要</span> : null}
            {office ? <span>{notice.published ? '公開中' : '非公開'}{notice.isPublic ? '（ログイン不要で閲覧可）' : ''}</span> : null}
          </p>
          <h1>{notice.title}</h1>
          <TextBody text={notice.body} />
          {notice.attachments.length ? (
            <>
              <h2>添付ファイル</h2>
              <ul className="file-list">
                {notice.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={file.downloadUrl} download={file.fileName}>
                      {file.fileName}
                    </a>
                    （{formatSize(file.sizeBytes)}）
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {office ? (
            <div className="form-actions">
              <Link to={`/notices/${notice.id}/edit`} className="button button--secondary">
                編集
              </Link>
              {notice.published ? (
                <button type="button" className="button button--secondary" onClick={() => void unpublish({ variables: { id } }).catch(() => undefined)}>
                  非公開にする
                </button>
              ) : (
                <button type="button" className="button button--primary" onClick={() => void publish({ variables: { id } }).catch(() => undefined)}>
                  公開する
                </button>
              )}
            </div>
          ) : null}
        </article>
      ) : result.loading ? (
        <p className="status" role="status">
          読み込んでいます…
        </p>
      ) : null}
    </>
  );
}
