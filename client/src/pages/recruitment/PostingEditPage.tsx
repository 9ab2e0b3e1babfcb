import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { type ApiProblem, describeApiError } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { getFragmentData, graphql } from '../../gql';
import type { PostingDetailPage_PostingFragment } from '../../gql/graphql';
import { PostingDetailPage_Posting } from './PostingDetailPage';
import { PostingForm } from './PostingForm';
import { NEXT_STATUSES, type PostingFormValues, toPostingInput } from './posting-fields';

const PostingEditPage_Query = graphql(`
  query PostingEditPage_Query($id: ID!) {
    posting(id: $id) {
      id
      ...PostingDetailPage_Posting
    }
    postingFacility {
      id
      name
      postingRequiredFields
    }
  }
`);

const PostingEditPage_Update = graphql(`
  mutation PostingEditPage_Update($input: UpdatePostingInput!) {
    updatePosting(input: $input) {
      posting {
        id
        ...PostingDetailPage_Posting
      }
    }
  }
`);

/** 編集: the form filled with the posting; 保存 with the version it was loaded at (optimistic lock). */
export function PostingEditPage() {
  usePageTitle('人材募集の編集');
  const { id = '' } = useParams();
  const result = useQuery(PostingEditPage_Query, { variables: { id }, fetchPolicy: 'network-only' });
  const [update, updating] = useMutation(PostingEditPage_Update);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const posting = getFragmentData(PostingDetailPage_Posting, result.data?.posting ?? null);
  const facility = result.data?.postingFacility ?? null;

  const reload = async () => {
    setProblem(null);
    await result.refetch();
  };

  return (
    <>
      <h1>人材募集の編集</h1>
      <ErrorMessage problem={describeApiError(result.error)} />
      <LoadingStatus loading={result.loading} />
      {result.data && (!posting || !posting.viewerCanEdit || !facility) ? (
        <p className="message message--error" role="alert">
          この人材募集は編集できません。
        </p>
      ) : null}
      {posting && posting.viewerCanEdit && facility ? (
        <PostingForm
          // A new version (after 最新の内容を読み込む) starts the form again from the saved values.
          key={posting.version}
          initial={valuesOf(posting)}
          requiredFields={facility.postingRequiredFields}
          facilityName={facility.name}
          status={posting.status}
          statusChoices={NEXT_STATUSES[posting.status]}
          problem={problem}
          saving={updating.loading}
          cancelTo={`/recruitment/${posting.id}`}
          notice={
            problem?.code === 'CONFLICT' ? (
              <div className="form-actions">
                <p>あなたが編集を始めた後に、他の利用者がこの人材募集を保存しました。あなたの変更はまだ保存されていません。</p>
                <button type="button" className="button button--secondary" onClick={reload}>
                  最新の内容を読み込む（入力中の変更は破棄されます）
                </button>
              </div>
            ) : null
          }
          onSave={async (values, status) => {
            setProblem(null);
            try {
              await update({ variables: { input: { id: posting.id, version: posting.version, status, posting: toPostingInput(values) } } });
              return `/recruitment/${posting.id}`;
            } catch (error) {
              setProblem(describeApiError(error));
              return null;
            }
          }}
        />
      ) : null}
    </>
  );
}

function valuesOf(p: PostingDetailPage_PostingFragment): PostingFormValues {
  return {
    title: p.title,
    occupation: p.occupation,
    employmentType: p.employmentType,
    openings: p.openings == null ? '' : String(p.openings),
    duties: p.duties,
    qualifications: p.qualifications ?? '',
    workingHours: p.workingHours,
    pay: p.pay,
    period: p.period ?? '',
    workPostalCode: p.workPostalCode ?? '',
    workPrefectureCode: p.workPrefectureCode ?? '',
    workAddress: p.workAddress ?? '',
    workFacilityName: p.workFacilityName ?? '',
    contactName: p.contactName ?? '',
    contactLocation: p.contactLocation ?? '',
    contactPhone: p.contactPhone ?? '',
    contactEmail: p.contactEmail ?? '',
    maskingRequested: p.maskingRequested,
  };
}
