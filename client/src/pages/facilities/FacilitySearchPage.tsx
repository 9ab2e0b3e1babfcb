import { useQuery } from '@apollo/client/react';
import { useMemo, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { ResultCount } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import { FacilityResultsTable } from './FacilityResultsTable';
import { FACILITY_SEARCH_FIELDS, FacilitySearchForm, type FacilitySearchFieldErrors } from './FacilitySearchForm';
import { EMPTY_CRITERIA, type FacilitySearchCriteria, readSearchParams, toFilter, toSearchParams } from './facility-search-params';

export const FACILITY_PAGE_SIZE = 50;

const FacilitySearchPage_Facilities = graphql(`
  query FacilitySearchPage_Facilities($filter: FacilityFilter, $first: Int!, $after: String) {
    facilities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...FacilityResultsTable_Facility
        }
      }
    }
  }
`);

/** History entries made by 次へ carry this, so 前へ can simply go back one entry. */
interface PagingState {
  pagedFrom?: string;
}

/** 医療機関検索: search form, 件数, results table and cursor paging, all driven by the URL. */
export function FacilitySearchPage() {
  usePageTitle('医療機関検索');
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const { criteria, after, page } = useMemo(() => readSearchParams(searchParams), [searchParams]);

  const result = useQuery(FacilitySearchPage_Facilities, {
    variables: { filter: toFilter(criteria), first: FACILITY_PAGE_SIZE, after },
  });
  const problem = describeApiError(result.error);
  const apiFieldErrors = fieldErrorMap(problem);
  const fieldErrors: FacilitySearchFieldErrors = {
    prefectureCode: apiFieldErrors.prefectureCode,
    secondaryMedicalAreaCode: apiFieldErrors.secondaryMedicalAreaCode,
    kind: apiFieldErrors.kind,
    name: apiFieldErrors.name,
  };
  const connection = result.data?.facilities;

  // After a search or a page change, focus goes to 「検索結果」: screen readers announce it, and on
  // a smartphone the results come into view instead of staying below the form.
  const search = (next: FacilitySearchCriteria) => {
    void navigate({ search: `?${toSearchParams(next)}` });
    resultsHeading.current?.focus();
  };
  const goToPage = (nextAfter: string, nextPage: number) => {
    const state: PagingState = { pagedFrom: location.search };
    void navigate({ search: `?${toSearchParams(criteria, { after: nextAfter, page: nextPage })}` }, { state });
    resultsHeading.current?.focus();
  };
  const pagedFromPrevious = (location.state as PagingState | null)?.pagedFrom !== undefined;

  return (
    <>
      <h1>医療機関検索</h1>
      <p className="page-lead">都道府県・二次医療圏・医療機関名・施設類型を指定して、医療機関や保健所を検索します。</p>
      {/* Remounted per URL so that the back button also restores what the form shows. */}
      <FacilitySearchForm
        key={location.search}
        initial={criteria}
        fieldErrors={fieldErrors}
        onSearch={search}
        onClear={() => search(EMPTY_CRITERIA)}
      />

      <section aria-labelledby="facility-results-heading" aria-busy={result.loading}>
        <h2 id="facility-results-heading" ref={resultsHeading} tabIndex={-1}>
          検索結果
        </h2>
        <ErrorMessage problem={problem} fields={FACILITY_SEARCH_FIELDS} />
        {result.loading ? (
          <p className="status" role="status">
            検索しています…
          </p>
        ) : null}
        {connection ? (
          <>
            <div className="result-summary">
              <ResultCount total={connection.totalCount} />
            </div>
            <FacilityResultsTable facilities={connection.edges.map((edge) => edge.node)} />
            {connection.totalCount > 0 ? (
              <Pager
                totalCount={connection.totalCount}
                offset={(page - 1) * FACILITY_PAGE_SIZE}
                pageLength={connection.edges.length}
                hasNextPage={connection.pageInfo.hasNextPage}
                onNext={() => connection.pageInfo.endCursor && goToPage(connection.pageInfo.endCursor, page + 1)}
                onPrevious={page > 1 && pagedFromPrevious ? () => navigate(-1) : undefined}
                onFirst={page > 1 ? () => search(criteria) : undefined}
                busy={result.loading}
              />
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
