import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { AttachmentList } from '../../components/AttachmentList';
import { describeApiError } from '../../components/api-errors';
import { DetailPageFrame } from '../../components/DetailPageFrame';
import { PublicationActions, PublicationState } from '../../components/Publication';
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
        ...AttachmentList_File
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

/** お知らせの詳細, opened from a title of the list. Opening it marks it read for the signed-in account. */
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
    <DetailPageFrame backTo="/notices" backLabel="お知らせ一覧へ戻る" problem={problem} loading={result.loading}>
      {notice ? (
        <article>
          <p className="detail-meta">
            <span>掲載日 {formatDate(notice.publishDate)}</span>
            {notice.importance === 'IMPORTANT' ? <span className="badge badge--important">重要</span> : null}
            {office ? <PublicationState published={notice.published} isPublic={notice.isPublic} /> : null}
          </p>
          <h1>{notice.title}</h1>
          <TextBody text={notice.body} />
          {notice.attachments.length ? (
            <>
              <h2>添付ファイル</h2>
              <AttachmentList files={notice.attachments} />
            </>
          ) : null}
          {office ? (
            <PublicationActions
              editTo={`/notices/${notice.id}/edit`}
              published={notice.published}
              onPublish={() => void publish({ variables: { id } }).catch(() => undefined)}
              onUnpublish={() => void unpublish({ variables: { id } }).catch(() => undefined)}
            />
          ) : null}
        </article>
      ) : null}
    </DetailPageFrame>
  );
}
