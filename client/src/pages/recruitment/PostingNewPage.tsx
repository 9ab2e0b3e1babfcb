import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeApiError } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { useApiProblem } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import { PostingForm } from './PostingForm';
import { EMPTY_VALUES, toPostingInput } from './posting-fields';

export const PostingNewPage_Facility = graphql(`
  query PostingNewPage_Facility {
    postingFacility {
      id
      name
      postingRequiredFields
    }
  }
`);

const PostingNewPage_Create = graphql(`
  mutation PostingNewPage_Create($input: CreatePostingInput!) {
    createPosting(input: $input) {
      created
      posting {
        id
        ...PostingDetailPage_Posting
      }
    }
  }
`);

/** A new registration key per opened form: a double click or a retried request makes one posting. */
const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/** 新規: the input form; 保存 registers the posting and opens its detail. */
export function PostingNewPage() {
  usePageTitle('人材募集の新規登録');
  const [idempotencyKey] = useState(newKey);
  const facility = useQuery(PostingNewPage_Facility);
  const [create, creation] = useMutation(PostingNewPage_Create);
  const problem = useApiProblem(creation.error);

  return (
    <>
      <h1>人材募集の新規登録</h1>
      <ErrorMessage problem={describeApiError(facility.error)} />
      <LoadingStatus loading={facility.loading} />
      {facility.data && !facility.data.postingFacility ? (
        <p className="message message--error" role="alert">
          このアカウントでは人材募集を登録できません。
        </p>
      ) : null}
      {facility.data?.postingFacility ? (
        <PostingForm
          initial={EMPTY_VALUES}
          requiredFields={facility.data.postingFacility.postingRequiredFields}
          facilityName={facility.data.postingFacility.name}
          status="PUBLISHED"
          statusChoices={['PUBLISHED', 'DRAFT']}
          problem={problem}
          saving={creation.loading}
          cancelTo="/recruitment"
          onSave={async (values, status) => {
            const result = await create({ variables: { input: { idempotencyKey, status, posting: toPostingInput(values) } } }).catch(
              () => null,
            );
            const id = result?.data?.createPosting.posting.id;
            return id ? `/recruitment/${id}` : null;
          }}
        />
      ) : null}
    </>
  );
}
