import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { describeApiError } from '../../components/api-errors';
import { DetailPageFrame } from '../../components/DetailPageFrame';
import { PublicationActions, PublicationState } from '../../components/Publication';
import { TextBody } from '../../components/TextBody';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInRole } from '../../components/use-signed-in-role';
import { graphql } from '../../gql';

const FaqDetailPage_Entry = graphql(`
  query FaqDetailPage_Entry($id: ID!) {
    faqEntry(id: $id) {
      id
      question
      answer
      category
      published
      isPublic
      updatedAt
    }
  }
`);

const FaqDetailPage_Publish = graphql(`
  mutation FaqDetailPage_Publish($id: ID!) {
    publishFaqEntry(id: $id) {
      id
      published
    }
  }
`);

const FaqDetailPage_Unpublish = graphql(`
  mutation FaqDetailPage_Unpublish($id: ID!) {
    unpublishFaqEntry(id: $id) {
      id
      published
    }
  }
`);

/** FAQ の詳細, opened from a question of the list. The office also publishes, unpublishes and edits it here. */
export function FaqDetailPage() {
  const { id = '' } = useParams();
  const office = useSignedInRole() === 'OFFICE';
  const result = useQuery(FaqDetailPage_Entry, { variables: { id } });
  const [publish, publishState] = useMutation(FaqDetailPage_Publish);
  const [unpublish, unpublishState] = useMutation(FaqDetailPage_Unpublish);
  const entry = result.data?.faqEntry;
  usePageTitle(entry ? entry.question.slice(0, 40) : 'FAQ');
  const problem = describeApiError(result.error ?? publishState.error ?? unpublishState.error);

  return (
    <DetailPageFrame backTo="/faq" backLabel="FAQ一覧へ戻る" problem={problem} loading={result.loading}>
      {entry ? (
        <article>
          <p className="detail-meta">
            <span className="badge">{entry.category}</span>
            {office ? <PublicationState published={entry.published} isPublic={entry.isPublic} /> : null}
          </p>
          <h1>Q. {entry.question}</h1>
          <h2>回答</h2>
          <TextBody text={entry.answer} />
          {office ? (
            <PublicationActions
              editTo={`/faq/${entry.id}/edit`}
              published={entry.published}
              onPublish={() => void publish({ variables: { id } }).catch(() => undefined)}
              onUnpublish={() => void unpublish({ variables: { id } }).catch(() => undefined)}
            />
          ) : null}
        </article>
      ) : null}
    </DetailPageFrame>
  );
}
