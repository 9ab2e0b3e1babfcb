import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { ConnectionPager } from '../../components/ConnectionPager';
import { useCursorPages } from '../../components/use-cursor-pages';
import { SearchPanel } from '../../components/SearchPanel';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInRole } from '../../components/use-signed-in-role';
import { graphql } from '../../gql';
import type { FaqFilter } from '../../gql/graphql';
import '../../styles/content.css';

const PAGE_SIZE = 20;

const FaqListPage_Entries = graphql(`
  query FaqListPage_Entries($filter: FaqFilter, $first: Int!, $after: String) {
    faqEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          question
          category
          published
        }
      }
    }
    faqCategories
  }
`);

/** FAQ: よくある質問の一覧. Click a question for its answer. */
export function FaqListPage() {
  usePageTitle('FAQ');
  const office = useSignedInRole() === 'OFFICE';
  const [filter, setFilter] = useState<FaqFilter>({});
  const [draft, setDraft] = useState({ text: '', category: '' });
  const pages = useCursorPages(PAGE_SIZE);
  const result = useQuery(FaqListPage_Entries, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const problem = describeApiError(result.error);
  const errors = fieldErrorMap(problem);
  const connection = result.data?.faqEntries;

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    pages.reset();
    setFilter({ text: draft.text.trim() || null, category: draft.category || null });
  };

  return (
    <>
      <h1>FAQ（よくある質問）</h1>
      {office ? (
        <p>
          <Link to="/faq/new" className="button button--primary">
            新規
          </Link>
        </p>
      ) : null}
      <SearchPanel headingId="faq-search-heading" onSubmit={search}>
        <div className="form-grid">
          <FormField label="キーワード" hint="質問・回答の一部" error={errors.text}>
            <input
              className="input"
              type="search"
              id="faq-search-text"
              value={draft.text}
              onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            />
          </FormField>
          <FormField label="分類">
            <select
              className="select"
              id="faq-search-category"
              value={draft.category}
              onChange={(e) => setDraft({ ...draft, category: e.target.value })}
            >
              <option value="">すべて</option>
              {result.data?.faqCategories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      </SearchPanel>
      <section aria-labelledby="faq-results-heading" aria-busy={result.loading}>
        <h2 id="faq-results-heading">質問一覧</h2>
        <ErrorMessage problem={problem} />
        {connection ? (
          <>
            {connection.edges.length === 0 ? <p className="status">該当する FAQ はありません。</p> : null}
            <ul className="link-list">
              {connection.edges.map(({ node }) => (
                <li key={node.id}>
                  <span className="badge">{node.category}</span>
                  {office && !node.published ? <span className="badge">非公開</span> : null}
                  <Link to={`/faq/${node.id}`}>{node.question}</Link>
                </li>
              ))}
            </ul>
            <ConnectionPager connection={connection} pages={pages} busy={result.loading} />
          </>
        ) : null}
      </section>
    </>
  );
}
