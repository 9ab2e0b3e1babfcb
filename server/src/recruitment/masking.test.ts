import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer, type GraphQLResponse } from '../../test/test-server';
import { as, resolveTestViewer } from '../../test/test-viewers';
import {
  SECRET_VALUES,
  createRecruitmentWorld,
  postingInput,
  type RecruitmentWorld,
  unmaskedPostingInput,
} from '../../test/recruitment-fixtures';
import type { Viewer } from '../auth/viewer';
import { toGlobalId } from '../graphql/node';
import { Posting } from './posting.entity';
import { MASKED_WHEN_REQUESTED, fullAccessCondition, hasFullAccess } from './masking';

let db: TestDatabase;
let server: TestServer;
let world: RecruitmentWorld;
/** A published posting that asks for masking, one that does not (same hospital), and a masked draft. */
let masked: { id: string; version: number };
let unmasked: { id: string };
let draft: { id: string };
let hospital: string;

const CREATE = `mutation($input: CreatePostingInput!) { createPosting(input: $input) { posting { id version } } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createRecruitmentWorld(db.dataSource);
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
  const create = async (key: string, status: string, posting: Record<string, unknown>) => {
    const res = await server.graphql(CREATE, { input: { idempotencyKey: key, status, posting } }, as(world.viewers.owner));
    expect(res.errors).toBeUndefined();
    return res.data.createPosting.posting;
  };
  masked = await create('matrix-masked', 'PUBLISHED', postingInput());
  unmasked = await create('matrix-unmasked', 'PUBLISHED', unmaskedPostingInput());
  draft = await create('matrix-draft', 'DRAFT', postingInput({ title: '下書き' }));
  hospital = toGlobalId('Facility', world.hospitalId);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

/** The readers who must never see the masked values ("anyone not allowed to see the full posting"). */
const UNAUTHORISED = ['otherFacility', 'otherPrefecture', 'analyst', 'aggregator', 'anonymous'] as const;
const AUTHORISED = ['owner', 'ownerColleague', 'prefecture', 'office'] as const;

function expectNoSecret(res: GraphQLResponse): void {
  const text = JSON.stringify(res);
  for (const secret of SECRET_VALUES) expect(text).not.toContain(secret);
}

const ALL_FIELDS = `id title facilityName facility { id name } workPrefectureCode workPostalCode workAddress workFacilityName
  contactName contactLocation contactPhone contactEmail maskingRequested maskedFields fullAccess history { version }
  keyNetPreview { facilityName contactPhone }`;

describe.each(UNAUTHORISED)('an unauthorised reader (%s)', (who) => {
  const viewer = (): Viewer => world.viewers[who];
  const ask = (query: string, variables: Record<string, unknown> = {}) => server.graphql(query, variables, as(viewer()));

  it('gets null for every masked field through node(id:), with maskedFields saying so', async () => {
    const res = await ask(`query($id: ID!) { node(id: $id) { __typename ... on Posting { ${ALL_FIELDS} } } }`, { id: masked.id });
    expect(res.errors).toBeUndefined();
    const posting = res.data.node;
    expect(posting.title).toBe('病棟看護師 (常勤) 募集');
    expect(posting.workPrefectureCode).toBe('13');
    for (const field of MASKED_WHEN_REQUESTED) expect(posting[field]).toBeNull();
    expect(posting.maskedFields).toEqual([...MASKED_WHEN_REQUESTED]);
    expect(posting).toMatchObject({ fullAccess: false, history: null, keyNetPreview: null });
    expectNoSecret(res);
  });

  it('gets the same through the direct field, aliases and fragments', async () => {
    const res = await ask(
      `query($id: ID!) {
        direct: posting(id: $id) { contactPhone }
        aliased: node(id: $id) { ... on Posting { phone: contactPhone mail: contactEmail where: workAddress who: facilityName f: facility { n: name } } }
        fragment: node(id: $id) { ...Secrets }
      }
      fragment Secrets on Posting { contactName contactLocation workPostalCode workFacilityName ... on Posting { contactPhone } }`,
      { id: masked.id },
    );
    if (who === 'aggregator') {
      // 保健所 aggregator IDs have no recruitment screens: posting(id:) is refused outright.
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } else {
      expect(res.errors).toBeUndefined();
      expect(res.data.direct).toEqual({ contactPhone: null });
    }
    expect(res.data.aliased).toEqual({ phone: null, mail: null, where: null, who: null, f: null });
    expect(res.data.fragment).toEqual({
      contactName: null,
      contactLocation: null,
      workPostalCode: null,
      workFacilityName: null,
      contactPhone: null,
    });
    expectNoSecret(res);
  });

  it('does not see a draft at all', async () => {
    const res = await ask(`query($id: ID!) { node(id: $id) { id } }`, { id: draft.id });
    expect(res.data.node).toBeNull();
  });

  it('does not find the masked posting under its facility (nested connection), nor count it', async () => {
    const res = await ask(
      `query($id: ID!) { node(id: $id) { ... on Facility { name postings(first: 50) { totalCount edges { node { id title contactPhone } } } } } }`,
      { id: hospital },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node.postings.edges.map((e: any) => e.node.id)).toEqual([unmasked.id]);
    expect(res.data.node.postings.totalCount).toBe(1);
    expectNoSecret(res);
  });

  it('cannot find or count the masked posting by a masked value (filter, totalCount), only by public content', async () => {
    const search = (keyword: string) =>
      ask(
        `query($k: String) { publicPostings(first: 50, filter: { keyword: $k }) { totalCount edges { node { id facilityName contactPhone } } } }`,
        { k: keyword },
      );
    for (const keyword of ['秘匿テスト記念病院', '神宮前', '東棟', '1500001']) {
      const res = await search(keyword);
      expect(res.errors).toBeUndefined();
      expect(res.data.publicPostings.edges.map((e: any) => e.node.id)).not.toContain(masked.id);
      expect(res.data.publicPostings.totalCount).toBe(res.data.publicPostings.edges.length);
      expectNoSecret(res);
    }
    // The unmasked posting of the same hospital is found by the hospital's name; the masked one is not.
    const byName = await search('秘匿テスト記念');
    expect(byName.data.publicPostings.edges.map((e: any) => e.node.id)).toEqual([unmasked.id]);
    const byContent = await search('病棟看護師');
    expect(byContent.data.publicPostings.edges.map((e: any) => e.node)).toEqual([
      { id: masked.id, facilityName: null, contactPhone: null },
    ]);
  });

  it('gets the masked view in the public list under every sort, and cannot sort or list by a masked field', async () => {
    for (const orderBy of ['PUBLISHED_AT_DESC', 'UPDATED_AT_DESC', 'TITLE_ASC']) {
      const res = await ask(
        `query($o: PublicPostingOrder) { publicPostings(first: 50, orderBy: $o) { totalCount edges { node { id ${ALL_FIELDS} } } } }`,
        { o: orderBy },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.publicPostings.totalCount).toBe(2);
      expectNoSecret(res);
    }
    const bySecret = await ask(`{ publicPostings(first: 5, orderBy: FACILITY_NAME) { totalCount } }`);
    expect(bySecret.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // The management list: refused, or (other facility / prefecture) limited to the reader's own scope.
    const managed = await ask(`{ postings(first: 5, filter: { keyword: "神宮前" }) { totalCount edges { node { id } } } }`);
    if (who === 'otherFacility' || who === 'otherPrefecture') {
      expect(managed.data.postings).toEqual({ totalCount: 0, edges: [] });
    } else {
      expect(managed.errors?.[0].extensions?.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(managed.data).toBeNull();
    }
  });

  it('gets no posting data from a mutation, and error messages carry no masked value', async () => {
    const res = await ask(
      `mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { contactPhone facilityName } } }`,
      { input: { id: masked.id, version: masked.version, posting: postingInput({ title: '乗っ取り' }) } },
    );
    expect(res.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(res.data).toBeNull();
    expectNoSecret(res);
    const stale = await ask(`mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { id } } }`, {
      input: { id: masked.id, version: 999, posting: {} },
    });
    expect(stale.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expectNoSecret(stale);
  });

  it('gets masked cells in the CSV export of the public list, and no management export beyond its own scope', async () => {
    const res = await ask(`{ exportPublicPostings { rowCount content } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.exportPublicPostings.rowCount).toBe(2);
    expectNoSecret(res);
    const lines: string[] = res.data.exportPublicPostings.content.split('\r\n');
    const maskedLine = lines.find((line) => line.startsWith(masked.id));
    expect(maskedLine).toContain(
      'facilityName workPostalCode workAddress workFacilityName contactName contactLocation contactPhone contactEmail',
    );
    expect(lines.find((line) => line.startsWith(unmasked.id))).toContain('秘匿テスト記念病院');
    expect(maskedLine).not.toContain('秘匿テスト記念病院');
    const managed = await ask(`{ exportPostings { rowCount content } }`);
    if (who === 'otherFacility' || who === 'otherPrefecture') expect(managed.data.exportPostings.rowCount).toBe(0);
    else expect(managed.errors?.[0].extensions?.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expectNoSecret(managed);
  });

  it('reads only the already-masked document in the Key-Net feed', async () => {
    const res = await ask(
      `{ keyNetFeed(first: 100) { edges { node { kind postingId posting { facilityName workAddress contactPhone contactEmail maskedFields } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const maskedEvents = res.data.keyNetFeed.edges.filter((e: any) => e.node.postingId === masked.id);
    expect(maskedEvents).toHaveLength(1);
    expect(maskedEvents[0].node.posting).toEqual({
      facilityName: null,
      workAddress: null,
      contactPhone: null,
      contactEmail: null,
      maskedFields: MASKED_WHEN_REQUESTED.filter((f) => f !== 'facility'),
    });
    expectNoSecret(res);
  });
});

describe.each(AUTHORISED)('an authorised reader (%s)', (who) => {
  it('sees every field of the masked posting, its history, and the Key-Net preview with masking applied', async () => {
    const res = await server.graphql(`query($id: ID!) { posting(id: $id) { ${ALL_FIELDS} } }`, { id: masked.id }, as(world.viewers[who]));
    expect(res.errors).toBeUndefined();
    expect(res.data.posting).toMatchObject({
      facilityName: '秘匿テスト記念病院',
      workPostalCode: '1500001',
      contactPhone: '03-9999-8888',
      maskedFields: [],
      fullAccess: true,
      keyNetPreview: { facilityName: null, contactPhone: null },
    });
    expect(res.data.posting.history).toHaveLength(1);
  });
});

describe('the masking rule', () => {
  it('is applied the same way in SQL (list filters) as in code, for every role and posting', async () => {
    const postings = await db.dataSource.getRepository(Posting).find();
    const viewers = Object.values(world.viewers);
    for (const viewer of viewers) {
      const condition = fullAccessCondition(viewer, 'p');
      const rows: { id: number }[] = await db.dataSource
        .getRepository(Posting)
        .createQueryBuilder('p')
        .select('p.id', 'id')
        .where(condition.sql, condition.params)
        .getRawMany();
      const inSql = new Set(rows.map((r) => Number(r.id)));
      for (const posting of postings)
        expect([viewer.role, posting.dbId, inSql.has(posting.dbId)]).toEqual([viewer.role, posting.dbId, hasFullAccess(viewer, posting)]);
    }
  });

  // Runs last: it unmasks the posting for a while (which the feed then rightly publishes).
  it('shows the owner its masked posting unmasked in a mutation payload, and a masking change reaches the public at once', async () => {
    const res = await server.graphql(
      `mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { version contactPhone maskedFields } } }`,
      { input: { id: masked.id, version: masked.version, posting: postingInput({ maskingRequested: false }) } },
      as(world.viewers.owner),
    );
    expect(res.data.updatePosting.posting).toEqual({ version: 2, contactPhone: '03-9999-8888', maskedFields: [] });
    const publicView = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Posting { contactPhone facilityName } } }`, {
      id: masked.id,
    });
    expect(publicView.data.node).toEqual({ contactPhone: '03-9999-8888', facilityName: '秘匿テスト記念病院' });
    const back = await server.graphql(
      `mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { version } } }`,
      { input: { id: masked.id, version: 2, posting: postingInput() } },
      as(world.viewers.owner),
    );
    expect(back.data.updatePosting.posting.version).toBe(3);
    const hiddenAgain = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Posting { contactPhone facilityName } } }`, {
      id: masked.id,
    });
    expect(hiddenAgain.data.node).toEqual({ contactPhone: null, facilityName: null });
  });
});
