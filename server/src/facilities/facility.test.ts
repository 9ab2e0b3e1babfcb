import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoPostings } from '../db/seed/demo-postings';
import { searchKey } from '../shared/japanese-text';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { makeMedicalInstitutionCode } from './medical-institution-code';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 2100);
  const name = 'ＪＲ東京総合病院';
  await db.dataSource.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code)
     VALUES ($1, $2, $3, 'HOSPITAL', '1510053', '13', '渋谷区代々木二丁目1番3号', '1303')`,
    [makeMedicalInstitutionCode('13', '1', 98, 9001), name, searchKey(name)],
  );
  server = await startTestServer(db);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const FACILITIES = `query Facilities($filter: FacilityFilter, $first: Int!, $after: String) {
  facilities(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id code name kind prefectureCode areaCode prefecture { code name } secondaryMedicalArea { code name prefectureCode } } }
  }
}`;

describe('reference data', () => {
  it('has the 47 prefectures with JIS codes and the 330 secondary medical areas of the 8th plan', async () => {
    const res = await server.graphql(
      `{ prefectures { code name } secondaryMedicalAreas { code prefectureCode } hokkaido: secondaryMedicalAreas(prefectureCode: "01") { code name } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.prefectures).toHaveLength(47);
    expect(res.data.prefectures[0]).toEqual({ code: '01', name: '北海道' });
    expect(res.data.prefectures[46]).toEqual({ code: '47', name: '沖縄県' });
    expect(res.data.secondaryMedicalAreas).toHaveLength(330);
    expect(res.data.hokkaido).toHaveLength(21);
    expect(res.data.hokkaido[0]).toEqual({ code: '0101', name: '南渡島' });
    for (const area of res.data.secondaryMedicalAreas) expect(area.code.slice(0, 2)).toBe(area.prefectureCode);
  });
});

describe('facilities', () => {
  it("filters by prefecture, area and kind, and every facility lies in its area's prefecture", async () => {
    const byPrefecture = await server.graphql(FACILITIES, { filter: { prefectureCode: '13' }, first: 500 });
    expect(byPrefecture.errors).toBeUndefined();
    const tokyo = byPrefecture.data.facilities.edges.map((e: any) => e.node);
    expect(tokyo.length).toBeGreaterThan(10);
    for (const f of tokyo) {
      expect(f.prefecture).toEqual({ code: '13', name: '東京都' });
      expect(f.secondaryMedicalArea.prefectureCode).toBe('13');
    }
    const area = tokyo[0].areaCode;
    const byArea = await server.graphql(FACILITIES, { filter: { secondaryMedicalAreaCode: area, kind: 'HOSPITAL' }, first: 500 });
    expect(byArea.data.facilities.totalCount).toBeGreaterThan(0);
    for (const { node } of byArea.data.facilities.edges) {
      expect(node.areaCode).toBe(area);
      expect(node.kind).toBe('HOSPITAL');
    }
  });

  it('matches names partially, whatever full-width/half-width form or case is typed', async () => {
    for (const typed of ['jr東京', 'ＪＲ東京', 'Jr 東京総合']) {
      const res = await server.graphql(FACILITIES, { filter: { name: typed }, first: 10 });
      expect(res.data.facilities.edges.map((e: any) => e.node.name)).toEqual(['ＪＲ東京総合病院']);
    }
    const wildcard = await server.graphql(FACILITIES, { filter: { name: '%' }, first: 10 });
    expect(wildcard.data.facilities.totalCount).toBe(0);
  });

  it('pages with opaque cursors: no row twice, none skipped, totalCount across pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    for (;;) {
      const res: any = await server.graphql(FACILITIES, { filter: { prefectureCode: '27' }, first: 7, after });
      expect(res.errors).toBeUndefined();
      total = res.data.facilities.totalCount;
      seen.push(...res.data.facilities.edges.map((e: any) => e.node.code));
      expect(res.data.facilities.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!res.data.facilities.pageInfo.hasNextPage) break;
      after = res.data.facilities.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it.each([0, -1, 2001, 1e9])('rejects first = %p with BAD_USER_INPUT', async (first) => {
    const res = await server.graphql(FACILITIES, { first });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a forged cursor and malformed codes with BAD_USER_INPUT and field errors', async () => {
    const forged = await server.graphql(FACILITIES, { first: 5, after: Buffer.from('["DROP TABLE"]').toString('base64url') });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCodes = await server.graphql(FACILITIES, { first: 5, filter: { prefectureCode: '48', secondaryMedicalAreaCode: 'x' } });
    expect(badCodes.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badCodes.errors?.[0].extensions?.fieldErrors.map((e: any) => e.field)).toEqual(['prefectureCode', 'secondaryMedicalAreaCode']);
  });

  it('fetches a facility again by node(id:) and facility(id:), and prefectures and areas by node(id:)', async () => {
    const list = await server.graphql(FACILITIES, { first: 1, filter: { name: 'ＪＲ東京' } });
    const { id, code } = list.data.facilities.edges[0].node;
    const res = await server.graphql(
      `query($id: ID!) { node(id: $id) { __typename id ... on Facility { code prefecture { id } secondaryMedicalArea { id } } } facility(id: $id) { code } }`,
      { id },
    );
    expect(res.data.node).toMatchObject({ __typename: 'Facility', id, code });
    expect(res.data.facility.code).toBe(code);
    const again = await server.graphql(
      `query($p: ID!, $a: ID!) { p: node(id: $p) { __typename ... on Prefecture { name } } a: node(id: $a) { ... on SecondaryMedicalArea { name } } }`,
      {
        p: res.data.node.prefecture.id,
        a: res.data.node.secondaryMedicalArea.id,
      },
    );
    expect(again.data).toEqual({ p: { __typename: 'Prefecture', name: '東京都' }, a: { name: '区西南部' } });
    const garbage = await server.graphql(`{ node(id: "not-an-id") { id } }`);
    expect(garbage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds a facility by its 医療機関コード and explains a mistyped code', async () => {
    const code = makeMedicalInstitutionCode('13', '1', 98, 9001);
    const found = await server.graphql(`query($code: String!) { facilityByCode(code: $code) { name } }`, { code });
    expect(found.data.facilityByCode).toEqual({ name: 'ＪＲ東京総合病院' });
    const typo = code.slice(0, 9) + String((Number(code[9]) + 3) % 10);
    const wrong = await server.graphql(`query($code: String!) { facilityByCode(code: $code) { name } }`, { code: typo });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].message).toContain('検証番号');
  });

  it("never serves one request from another request's loader cache", async () => {
    const code = makeMedicalInstitutionCode('13', '1', 98, 9001);
    const query = `query($code: String!) { facilityByCode(code: $code) { phone } }`;
    expect((await server.graphql(query, { code })).data.facilityByCode.phone).toBeNull();
    await db.dataSource.query(`UPDATE facility SET phone = '03-1234-5678' WHERE code = $1`, [code]);
    expect((await server.graphql(query, { code })).data.facilityByCode.phone).toBe('03-1234-5678');
  });

  it('answers createdAt and updatedAt however they are asked for, also of a facility the same request listed without them', async () => {
    const [stored] = await db.dataSource.query(`SELECT id, created_at, updated_at FROM facility WHERE name = 'ＪＲ東京総合病院'`);
    const expected = { createdAt: stored.created_at.toISOString(), updatedAt: stored.updated_at.toISOString() };
    const filter = { name: 'ＪＲ東京' };
    const throughFragment = await server.graphql(
      `query($filter: FacilityFilter) { facilities(filter: $filter, first: 5) { edges { node { ...Stamps } } } }
       fragment Stamps on Facility { ... on Facility { created: createdAt } updatedAt }`,
      { filter },
    );
    expect(throughFragment.errors).toBeUndefined();
    expect(throughFragment.data.facilities.edges).toEqual([{ node: { created: expected.createdAt, updatedAt: expected.updatedAt } }]);
    // A facility listed without its timestamps must not serve a later load of it in the same request
    // (Posting.facility reads the per-request loader), which asks for them.
    await seedDemoPostings(db.dataSource);
    const [posted] = await db.dataSource.query(
      `SELECT f.code, f.name, f.created_at FROM facility f JOIN posting p ON p.facility_id = f.id
        WHERE p.status = 'PUBLISHED' AND NOT p.masking_requested ORDER BY f.code LIMIT 1`,
    );
    const nested = await server.graphql(
      `query($name: String!) { facilities(filter: { name: $name }, first: 5) {
         edges { node { code postings(first: 1) { edges { node { facility { code createdAt } } } } } } } }`,
      { name: posted.name },
    );
    expect(nested.errors).toBeUndefined();
    const listed = nested.data.facilities.edges.find((e: any) => e.node.code === posted.code).node;
    expect(listed.postings.edges[0].node.facility).toEqual({ code: posted.code, createdAt: posted.created_at.toISOString() });
  });

  it('loads 2,000 facilities with prefecture and area in 1 SQL statement, the same as for 10', async () => {
    const query = `query($first: Int!) { facilities(first: $first) { edges { node { code prefecture { name } secondaryMedicalArea { name } } } } }`;
    const big = await db.recorder.record(() => server.graphql(query, { first: 2000 }));
    expect(big.result.data.facilities.edges).toHaveLength(2000);
    const small = await db.recorder.record(() => server.graphql(query, { first: 10 }));
    // Prefectures and areas come from the in-memory reference catalog (facilities/reference-catalog.ts).
    expect(big.statements).toHaveLength(1);
    expect(small.statements).toHaveLength(1);
    // The SQL itself is snapshotted so an extra or changed query shows up in review.
    expect(big.statements.map((s) => s.replace(/\$\d+(, \$\d+)*/g, '$n'))).toMatchSnapshot();
  });
});
