import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { as, resolveTestViewer } from '../../test/test-viewers';
import { createRecruitmentWorld, postingInput, type RecruitmentWorld, unmaskedPostingInput } from '../../test/recruitment-fixtures';
import type { Viewer } from '../auth/viewer';

let db: TestDatabase;
let server: TestServer;
let world: RecruitmentWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createRecruitmentWorld(db.dataSource);
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const FIELDS = `id version status title occupation employmentType openings duties qualifications workingHours pay period
  workPostalCode workPrefectureCode workAddress workFacilityName contactName contactLocation contactPhone contactEmail
  maskingRequested maskedFields fullAccess viewerCanEdit facilityName createdAt updatedAt publishedAt`;

const CREATE = `mutation($input: CreatePostingInput!) { createPosting(input: $input) { created posting { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { ${FIELDS} } } }`;

let keySerial = 0;
const newKey = () => `test-key-${process.pid}-${(keySerial += 1)}`;

function create(viewer: Viewer, posting: Record<string, unknown>, options: { key?: string; status?: string } = {}) {
  return server.graphql(
    CREATE,
    { input: { idempotencyKey: options.key ?? newKey(), status: options.status ?? 'PUBLISHED', posting } },
    as(viewer),
  );
}

function update(viewer: Viewer, id: string, version: number, posting: Record<string, unknown>, status?: string) {
  return server.graphql(UPDATE, { input: { id, version, posting, status } }, as(viewer));
}

const count = async (table: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('registering a posting (新規 → 保存)', () => {
  it('stores every field for the owner, published, version 1, with a CREATED history entry', async () => {
    const res = await create(world.viewers.owner, postingInput());
    expect(res.errors).toBeUndefined();
    const { created, posting } = res.data.createPosting;
    expect(created).toBe(true);
    expect(posting).toMatchObject({
      version: 1,
      status: 'PUBLISHED',
      title: '病棟看護師 (常勤) 募集',
      workPostalCode: '1500001',
      contactPhone: '03-9999-8888',
      contactEmail: 'hitoku-saiyo@example.jp',
      facilityName: '秘匿テスト記念病院',
      maskingRequested: true,
      maskedFields: [],
      fullAccess: true,
      viewerCanEdit: true,
    });
    expect(posting.publishedAt).not.toBeNull();
    const history = await server.graphql(
      `query($id: ID!) { posting(id: $id) { history { version action accountId changes { field before after } } } }`,
      { id: posting.id },
      as(world.viewers.owner),
    );
    expect(history.data.posting.history).toHaveLength(1);
    expect(history.data.posting.history[0]).toMatchObject({ version: 1, action: 'CREATED', accountId: 1 });
    expect(history.data.posting.history[0].changes).toContainEqual({ field: 'title', before: null, after: '病棟看護師 (常勤) 募集' });
  });

  it('reports every invalid field at once, in Japanese, beside the field, and stores nothing', async () => {
    const before = await count('posting');
    const res = await create(world.viewers.owner, {
      title: '   ',
      occupation: null,
      duties: 'x'.repeat(2001),
      workingHours: '9-17',
      pay: '時給',
      workPostalCode: '150-001',
      contactName: '担当',
      contactPhone: '03-12-34',
      contactEmail: 'not-an-address@',
      openings: 0,
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byField = Object.fromEntries(res.errors![0].extensions!.fieldErrors.map((e: any) => [e.field, e.message]));
    expect(byField).toEqual({
      title: '募集タイトルを入力してください。',
      occupation: '職種を入力してください。',
      employmentType: '雇用形態を入力してください。',
      openings: '募集人数は1以上で入力してください。',
      duties: '業務内容は2000文字以内で入力してください。',
      workPostalCode: '郵便番号は7桁の数字で入力してください (例: 1000013)。',
      contactPhone: '電話番号は市外局番から10桁または11桁で入力してください (例: 03-1234-5678)。',
      contactEmail: 'E-mailの形式が正しくありません (例: saiyo@example.jp)。',
    });
    // Messages never repeat what was typed (it may be a value that masking hides).
    expect(JSON.stringify(res.errors)).not.toContain('not-an-address');
    expect(JSON.stringify(res.errors)).not.toContain('03-12-34');
    expect(await count('posting')).toBe(before);
  });

  it('requires the whole work location for a 保健所 (seed 補足2), but not for a hospital', async () => {
    const location = { workPostalCode: null, workPrefectureCode: '', workAddress: null, workFacilityName: '  ' };
    const healthCentre = await create(world.viewers.healthCenter, postingInput({ ...location, occupation: 'PUBLIC_HEALTH_NURSE' }));
    expect(healthCentre.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(healthCentre.errors![0].extensions!.fieldErrors).toEqual([
      { field: 'workPostalCode', message: '保健所の募集では就業場所の郵便番号を入力してください。' },
      { field: 'workPrefectureCode', message: '保健所の募集では就業場所の住所(都道府県)を入力してください。' },
      { field: 'workAddress', message: '保健所の募集では就業場所の住所(市区町村・番地等)を入力してください。' },
      { field: 'workFacilityName', message: '保健所の募集では就業場所の住所(具体的な施設名)を入力してください。' },
    ]);
    const ok = await create(world.viewers.healthCenter, postingInput({ occupation: 'PUBLIC_HEALTH_NURSE', maskingRequested: false }));
    expect(ok.errors).toBeUndefined();
    const hospital = await create(world.viewers.owner, postingInput(location), { status: 'DRAFT' });
    expect(hospital.errors).toBeUndefined();
    expect(hospital.data.createPosting.posting).toMatchObject({
      workPostalCode: null,
      workAddress: null,
      status: 'DRAFT',
      publishedAt: null,
    });
    const rules = await server.graphql(
      `query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Facility { postingRequiredFields } } b: node(id: $b) { ... on Facility { postingRequiredFields } } }`,
      {
        a: Buffer.from(`Facility:${world.healthCenterId}`).toString('base64url'),
        b: Buffer.from(`Facility:${world.hospitalId}`).toString('base64url'),
      },
    );
    expect(rules.data.a.postingRequiredFields).toEqual(
      expect.arrayContaining(['workPostalCode', 'workPrefectureCode', 'workAddress', 'workFacilityName', 'title']),
    );
    expect(rules.data.b.postingRequiredFields).not.toContain('workPostalCode');
  });

  it('normalises full-width digits and dashes in postal code and phone', async () => {
    const res = await create(
      world.viewers.owner,
      postingInput({
        workPostalCode: '１５０－０００１',
        contactPhone: '０３ー９９９９ー８８８８',
        contactEmail: ' hitoku-saiyo@example.jp ',
      }),
      { status: 'DRAFT' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createPosting.posting).toMatchObject({
      workPostalCode: '1500001',
      contactPhone: '03-9999-8888',
      contactEmail: 'hitoku-saiyo@example.jp',
    });
  });

  it('lets only a facility or a health-centre recruitment account post, and only for a 保健所 for the latter', async () => {
    const refused = async (viewer: Viewer) => (await create(viewer, postingInput())).errors?.[0].extensions?.code;
    expect(await refused(world.viewers.anonymous)).toBe('UNAUTHENTICATED');
    for (const viewer of [world.viewers.aggregator, world.viewers.analyst, world.viewers.prefecture, world.viewers.office]) {
      expect(await refused(viewer)).toBe('FORBIDDEN');
    }
    expect(await refused({ ...world.viewers.healthCenter, facilityId: world.hospitalId })).toBe('FORBIDDEN');
    expect(await refused({ ...world.viewers.owner, facilityId: null })).toBe('FORBIDDEN');
    const postingFacility = `{ postingFacility { name kind postingRequiredFields } }`;
    expect((await server.graphql(postingFacility, {}, as(world.viewers.healthCenter))).data.postingFacility).toMatchObject({
      name: 'みなと保健所',
      kind: 'HEALTH_CENTER',
    });
    expect((await server.graphql(postingFacility, {}, as(world.viewers.owner))).data.postingFacility.name).toBe('秘匿テスト記念病院');
    expect((await server.graphql(postingFacility, {}, as(world.viewers.office))).data.postingFacility).toBeNull();
    expect(
      (await server.graphql(postingFacility, {}, as({ ...world.viewers.healthCenter, facilityId: world.hospitalId }))).data.postingFacility,
    ).toBeNull();
  });
});

describe('idempotent creation', () => {
  it('makes one posting from 50 concurrent saves with the same key, and every caller gets it', async () => {
    const key = newKey();
    const [postings, changes, events] = [await count('posting'), await count('posting_change'), await count('key_net_event')];
    const results = await Promise.all(
      Array.from({ length: 50 }, () => create(world.viewers.owner, postingInput({ title: '同時保存テスト' }), { key })),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data.createPosting.posting.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.data.createPosting.created)).toHaveLength(1);
    expect(await count('posting')).toBe(postings + 1);
    expect(await count('posting_change')).toBe(changes + 1);
    expect(await count('key_net_event')).toBe(events + 1);
  });

  it('refuses the same key with different content (CONFLICT), and scopes keys to the facility', async () => {
    const key = newKey();
    const first = await create(world.viewers.owner, postingInput(), { key });
    const reused = await create(world.viewers.owner, postingInput({ title: '別の内容' }), { key });
    expect(reused.errors?.[0].extensions?.code).toBe('CONFLICT');
    const otherFacility = await create(world.viewers.otherFacility, unmaskedPostingInput(), { key });
    expect(otherFacility.errors).toBeUndefined();
    expect(otherFacility.data.createPosting.created).toBe(true);
    expect(otherFacility.data.createPosting.posting.id).not.toBe(first.data.createPosting.posting.id);
  });

  it('rejects a malformed key', async () => {
    const res = await create(world.viewers.owner, postingInput(), { key: 'short' });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'idempotencyKey', message: expect.stringContaining('8〜100文字') }]);
  });
});

describe('editing (編集 → 保存) with optimistic locking and history', () => {
  it('lets one of two concurrent editors of the same version win; the other gets CONFLICT and nothing is overwritten', async () => {
    const created = await create(world.viewers.owner, postingInput({ title: '編集前' }));
    const { id, version } = created.data.createPosting.posting;
    const [a, b] = await Promise.all([
      update(world.viewers.owner, id, version, postingInput({ title: '編集A' })),
      update(world.viewers.ownerColleague, id, version, postingInput({ title: '編集B', pay: '時給 2,000円' })),
    ]);
    const winners = [a, b].filter((r) => !r.errors);
    const losers = [a, b].filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(losers[0].errors![0].message).toContain('他の利用者によって更新されています');
    expect(losers[0].data).toBeNull();
    const saved = winners[0].data.updatePosting.posting;
    expect(saved.version).toBe(2);
    const now = await server.graphql(
      `query($id: ID!) { posting(id: $id) { title pay version history { version } } }`,
      { id },
      as(world.viewers.owner),
    );
    expect(now.data.posting).toMatchObject({ title: saved.title, pay: saved.pay, version: 2 });
    expect(now.data.posting.history.map((h: any) => h.version)).toEqual([2, 1]);
    // Saving again from the stale version keeps failing; from the current one it works.
    expect((await update(world.viewers.owner, id, 1, postingInput({ title: '古い版から' }))).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await update(world.viewers.owner, id, 2, postingInput({ title: '最新版から' }))).data.updatePosting.posting.version).toBe(3);
  });

  it('records who changed what and when, field by field', async () => {
    const created = await create(world.viewers.owner, postingInput({ title: '履歴テスト' }), { status: 'DRAFT' });
    const { id } = created.data.createPosting.posting;
    const res = await update(
      world.viewers.ownerColleague,
      id,
      1,
      postingInput({ title: '履歴テスト (改)', maskingRequested: false }),
      'PUBLISHED',
    );
    expect(res.errors).toBeUndefined();
    const history = await server.graphql(
      `query($id: ID!) { posting(id: $id) { history { version action accountId role changedAt changes { field before after } } } }`,
      { id },
      as(world.viewers.office),
    );
    const [latest] = history.data.posting.history;
    expect(latest).toMatchObject({ version: 2, action: 'UPDATED', accountId: 2, role: 'FACILITY' });
    expect(new Date(latest.changedAt).getTime()).not.toBeNaN();
    expect(latest.changes).toEqual([
      { field: 'title', before: '履歴テスト', after: '履歴テスト (改)' },
      { field: 'maskingRequested', before: 'true', after: 'false' },
      { field: 'status', before: 'DRAFT', after: 'PUBLISHED' },
    ]);
    const latestOnly = await server.graphql(
      `query($id: ID!) { posting(id: $id) { history(first: 1) { version } } }`,
      { id },
      as(world.viewers.owner),
    );
    expect(latestOnly.data.posting.history).toEqual([{ version: 2 }]);
    const tooMany = await server.graphql(
      `query($id: ID!) { posting(id: $id) { history(first: 101) { version } } }`,
      { id },
      as(world.viewers.owner),
    );
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('saves nothing new when nothing changed, validates edits like new postings, and never moves a published posting back to draft', async () => {
    const created = await create(world.viewers.owner, postingInput({ title: '変更なし' }));
    const { id } = created.data.createPosting.posting;
    const same = await update(world.viewers.owner, id, 1, postingInput({ title: '変更なし' }));
    expect(same.data.updatePosting.posting.version).toBe(1);
    const invalid = await update(world.viewers.owner, id, 1, postingInput({ contactPhone: '' }));
    expect(invalid.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'contactPhone', message: '応募担当電話番号を入力してください。' },
    ]);
    const draft = await update(world.viewers.owner, id, 1, postingInput({ title: '変更なし' }), 'DRAFT');
    expect(draft.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const closed = await update(world.viewers.owner, id, 1, postingInput({ title: '変更なし' }), 'CLOSED');
    expect(closed.data.updatePosting.posting).toMatchObject({ status: 'CLOSED', version: 2 });
  });

  it('lets only the owning facility edit; the prefecture and the office read but do not write', async () => {
    const created = await create(world.viewers.owner, postingInput({ title: '編集権限' }));
    const { id } = created.data.createPosting.posting;
    expect((await update(world.viewers.otherFacility, id, 1, postingInput())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await update(world.viewers.office, id, 1, postingInput())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await update(world.viewers.prefecture, id, 1, postingInput())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const prefectureView = await server.graphql(
      `query($id: ID!) { posting(id: $id) { viewerCanEdit fullAccess contactPhone } }`,
      { id },
      as(world.viewers.prefecture),
    );
    expect(prefectureView.data.posting).toEqual({ viewerCanEdit: false, fullAccess: true, contactPhone: '03-9999-8888' });
  });
});

describe('データ一覧 (list, paging, sort, search)', () => {
  let listWorld: RecruitmentWorld;
  let listServer: TestServer;
  let listDb: TestDatabase;

  beforeAll(async () => {
    listDb = await createTestDatabase();
    listWorld = await createRecruitmentWorld(listDb.dataSource);
    listServer = await startTestServer(listDb, {}, { resolveViewer: resolveTestViewer });
    const titles = ['看護師A', '看護師B', '医師C', '薬剤師D', '事務E', '看護師F', '医師G'];
    for (const [i, title] of titles.entries()) {
      await listServer.graphql(
        CREATE,
        {
          input: {
            idempotencyKey: `list-key-${i}`,
            status: i % 3 === 0 ? 'DRAFT' : 'PUBLISHED',
            posting: postingInput({ title, maskingRequested: i % 2 === 0 }),
          },
        },
        as(listWorld.viewers.owner),
      );
    }
    await listServer.graphql(
      CREATE,
      { input: { idempotencyKey: 'list-key-osaka', status: 'PUBLISHED', posting: unmaskedPostingInput({ title: '大阪の看護師' }) } },
      as(listWorld.viewers.otherFacility),
    );
  });

  afterAll(async () => {
    await listServer?.stop();
    await listDb?.drop();
  });

  const LIST = `query($filter: PostingFilter, $orderBy: PostingOrder, $first: Int!, $after: String) {
    postings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id title status facilityName facility { name prefecture { name } } } }
    }
  }`;

  const titlesFor = async (viewer: Viewer, variables: Record<string, unknown>) => {
    const res = await listServer.graphql(LIST, { first: 50, ...variables }, as(viewer));
    expect(res.errors).toBeUndefined();
    return res.data.postings.edges.map((e: any) => e.node.title);
  };

  it('shows each viewer its scope: own facility, own prefecture, or everything for the office', async () => {
    expect((await titlesFor(listWorld.viewers.owner, {})).sort()).toEqual(
      ['事務E', '医師C', '医師G', '看護師A', '看護師B', '看護師F', '薬剤師D'].sort(),
    );
    expect(await titlesFor(listWorld.viewers.otherFacility, {})).toEqual(['大阪の看護師']);
    expect(await titlesFor(listWorld.viewers.prefecture, {})).toHaveLength(7);
    expect(await titlesFor(listWorld.viewers.otherPrefecture, {})).toEqual(['大阪の看護師']);
    expect(await titlesFor(listWorld.viewers.office, {})).toHaveLength(8);
    expect(await titlesFor(listWorld.viewers.healthCenter, {})).toEqual([]);
    for (const viewer of [listWorld.viewers.aggregator, listWorld.viewers.analyst]) {
      expect((await listServer.graphql(LIST, { first: 5 }, as(viewer))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await listServer.graphql(LIST, { first: 5 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sorts by title and by update time, and pages with cursors without repeating or skipping', async () => {
    expect(await titlesFor(listWorld.viewers.owner, { orderBy: 'TITLE_ASC' })).toEqual([
      '事務E',
      '医師C',
      '医師G',
      '看護師A',
      '看護師B',
      '看護師F',
      '薬剤師D',
    ]);
    for (const orderBy of ['TITLE_ASC', 'UPDATED_AT_DESC', 'UPDATED_AT_ASC', 'CREATED_AT_DESC']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await listServer.graphql(LIST, { first: 3, after, orderBy }, as(listWorld.viewers.office));
        expect(res.errors).toBeUndefined();
        expect(res.data.postings.totalCount).toBe(8);
        seen.push(...res.data.postings.edges.map((e: any) => e.node.id));
        if (!res.data.postings.pageInfo.hasNextPage) break;
        after = res.data.postings.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(8);
      expect(new Set(seen).size).toBe(8);
    }
    const all = await titlesFor(listWorld.viewers.office, { orderBy: 'UPDATED_AT_ASC' });
    expect(await titlesFor(listWorld.viewers.office, { orderBy: 'UPDATED_AT_DESC' })).toEqual([...all].reverse());
    const page = await listServer.graphql(LIST, { first: 2, orderBy: 'TITLE_ASC' }, as(listWorld.viewers.office));
    const wrongOrder = await listServer.graphql(
      LIST,
      { first: 2, orderBy: 'UPDATED_AT_DESC', after: page.data.postings.pageInfo.endCursor },
      as(listWorld.viewers.office),
    );
    expect(wrongOrder.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('searches title, duties, work location and facility name, insensitive to full/half width, and filters by status', async () => {
    expect((await titlesFor(listWorld.viewers.office, { filter: { keyword: '医師' } })).sort()).toEqual(['医師C', '医師G']);
    expect(await titlesFor(listWorld.viewers.office, { filter: { keyword: '事務ｅ' } })).toEqual(['事務E']);
    expect(await titlesFor(listWorld.viewers.office, { filter: { keyword: '大阪みなと' } })).toEqual(['大阪の看護師']);
    expect(await titlesFor(listWorld.viewers.office, { filter: { keyword: '丸の内' } })).toEqual(['大阪の看護師']);
    expect((await titlesFor(listWorld.viewers.owner, { filter: { keyword: '医師', status: 'PUBLISHED' } })).sort()).toEqual(['医師C']);
    expect(await titlesFor(listWorld.viewers.office, { filter: { keyword: '%' } })).toEqual([]);
    const longKeyword = await listServer.graphql(LIST, { first: 5, filter: { keyword: 'x'.repeat(101) } }, as(listWorld.viewers.office));
    expect(longKeyword.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'keyword', message: 'キーワードは100文字以内で指定してください。' },
    ]);
  });

  it('loads a page with facility and prefecture names in the same 3 SQL statements for 2 rows as for 8', async () => {
    const small = await listDb.recorder.record(() => listServer.graphql(LIST, { first: 2 }, as(listWorld.viewers.office)));
    const big = await listDb.recorder.record(() => listServer.graphql(LIST, { first: 50 }, as(listWorld.viewers.office)));
    expect(big.result.data.postings.edges).toHaveLength(8);
    // page, totalCount, facilities (batched); prefectures from the reference catalog
    expect(small.statements).toHaveLength(3);
    expect(big.statements).toHaveLength(3);
    expect(big.statements.map((s) => s.replace(/\$\d+(, \$\d+)*/g, '$n'))).toMatchSnapshot();
  });

  it('loads facilities with their postings (nested connection) and the public list in a fixed number of statements', async () => {
    const nested = `{ facilities(first: 50) { edges { node { name postings(first: 5) { totalCount pageInfo { hasNextPage } edges { node { title facilityName } } } } } } }`;
    const res = await listDb.recorder.record(() => listServer.graphql(nested, {}, as(listWorld.viewers.office)));
    expect(res.result.errors).toBeUndefined();
    const byName = Object.fromEntries(res.result.data.facilities.edges.map((e: any) => [e.node.name, e.node.postings]));
    expect(byName['秘匿テスト記念病院']).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
    expect(byName['秘匿テスト記念病院'].edges).toHaveLength(5);
    expect(byName['大阪みなと病院'].totalCount).toBe(1);
    // facilities page, then the postings of all of them in one window query (facility names come from the primed loader)
    expect(res.statements).toHaveLength(2);
    const publicList = `{ publicPostings(first: 50, filter: { keyword: "看護" }) { totalCount edges { node { title facilityName facility { name } } } } }`;
    const pub = await listDb.recorder.record(() => listServer.graphql(publicList));
    expect(pub.result.errors).toBeUndefined();
    expect(pub.statements).toHaveLength(3);
    expect(pub.statements.map((s) => s.replace(/\$\d+(, \$\d+)*/g, '$n'))).toMatchSnapshot();
  });

  it('previews an unsaved form as Key-Net will show it, masking applied, for the posting facility only', async () => {
    const preview = `query($p: PostingInput!) { previewKeyNetPosting(posting: $p) { title facilityName contactPhone workAddress prefectureCode maskedFields } }`;
    const masked = await listServer.graphql(preview, { p: postingInput() }, as(listWorld.viewers.owner));
    expect(masked.data.previewKeyNetPosting).toEqual({
      title: '病棟看護師 (常勤) 募集',
      facilityName: null,
      contactPhone: null,
      workAddress: null,
      prefectureCode: '13',
      maskedFields: [
        'facilityName',
        'workPostalCode',
        'workAddress',
        'workFacilityName',
        'contactName',
        'contactLocation',
        'contactPhone',
        'contactEmail',
      ],
    });
    const open = await listServer.graphql(preview, { p: postingInput({ maskingRequested: false }) }, as(listWorld.viewers.owner));
    expect(open.data.previewKeyNetPosting).toMatchObject({
      facilityName: '秘匿テスト記念病院',
      contactPhone: '03-9999-8888',
      maskedFields: [],
    });
    const invalid = await listServer.graphql(preview, { p: postingInput({ contactEmail: 'x@' }) }, as(listWorld.viewers.owner));
    expect(invalid.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'contactEmail', message: expect.any(String) }]);
    expect((await listServer.graphql(preview, { p: postingInput() }, as(listWorld.viewers.office))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it("exports the データ一覧 as CSV (UTF-8 with BOM) with the list's filter and order, formulas defused", async () => {
    await listServer.graphql(
      CREATE,
      { input: { idempotencyKey: 'list-key-formula', status: 'DRAFT', posting: postingInput({ title: '=HYPERLINK("http://evil")' }) } },
      as(listWorld.viewers.owner),
    );
    const res = await listServer.graphql(
      `query($f: PostingFilter) { exportPostings(filter: $f, orderBy: TITLE_ASC) { fileName contentType rowCount truncated content } }`,
      { f: { keyword: '' } },
      as(listWorld.viewers.owner),
    );
    expect(res.errors).toBeUndefined();
    const csv = res.data.exportPostings;
    expect(csv).toMatchObject({
      fileName: '人材募集_データ一覧.csv',
      contentType: 'text/csv; charset=utf-8',
      rowCount: 8,
      truncated: false,
    });
    expect(csv.content.startsWith('\uFEFFID,募集タイトル,職種,')).toBe(true);
    const lines = csv.content.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(9);
    expect(lines.map((l: string) => l.split(',')[1]).slice(1, 4)).toEqual(['"\'=HYPERLINK(""http://evil"")"', '事務E', '医師C']);
    expect(csv.content).toContain('03-9999-8888');
    const office = await listServer.graphql(`{ exportPostings { rowCount } }`, {}, as(listWorld.viewers.office));
    expect(office.data.exportPostings.rowCount).toBe(9);
  });

  it('answers NOT_FOUND, not FORBIDDEN, when someone edits a draft they cannot see', async () => {
    const drafts = await listServer.graphql(LIST, { first: 50, filter: { status: 'DRAFT' } }, as(listWorld.viewers.owner));
    const { id } = drafts.data.postings.edges[0].node;
    const res = await listServer.graphql(
      UPDATE,
      { input: { id, version: 1, posting: postingInput() } },
      as(listWorld.viewers.otherFacility),
    );
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers signed-in requests with Cache-Control: private, no-store', async () => {
    const signedIn = await listServer.graphql(LIST, { first: 1 }, as(listWorld.viewers.office));
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    const failed = await listServer.graphql(LIST, { first: 0 }, as(listWorld.viewers.office));
    expect(failed.headers.get('cache-control')).toBe('private, no-store');
    const anonymous = await listServer.graphql(`{ publicPostings(first: 1) { totalCount } }`);
    expect(anonymous.headers.get('cache-control')).not.toContain('private');
  });
});
