import { rootOperationsOf } from './root-operations';

describe('rootOperationsOf', () => {
  it('names the root fields a document calls, through fragments at the root, without introspection', () => {
    const document = `query Q($p: String) {
      __typename
      bedReport(first: 1) { totalCount }
      ... on Query { reportingCompliance(prefectureCode: $p) { totalCount } }
      ...More
    }
    fragment More on Query { publicPostings(first: 1) { totalCount } again: bedReport(first: 2) { totalCount } ...More }`;
    expect(rootOperationsOf(document)).toEqual(['Query.bedReport', 'Query.publicPostings', 'Query.reportingCompliance']);
    expect(rootOperationsOf('mutation { saveReport { id } }')).toEqual(['Mutation.saveReport']);
  });
});
