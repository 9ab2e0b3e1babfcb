import crypto from 'node:crypto';
import { Role } from '../auth/viewer';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { createTestAccount, signInAs, startServerWithSignIn, testFacility, type TestAccount } from '../../test/accounts';
import { asAccount as as, resolveAccountViewer } from '../../test/account-viewers';
import { postExpectingEarlyAnswer } from '../../test/early-answer';
import { CHUNK_BYTES } from './attachment-storage';

let db: TestDatabase;
let server: TestServer;
let small: TestServer;
let hospital: TestAccount;
let colleague: TestAccount;
let otherCentre: TestAccount;
let office: TestAccount;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(300)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(CHUNK_BYTES * 2 + 12345)]);
const CSRF = { 'apollo-require-preflight': 'true' };

/** A hand-built multipart body, so tests control the file name bytes exactly. */
function multipart(fileName: string, content: Buffer, field = 'file') {
  const boundary = `----gmis${crypto.randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    'utf8',
  );
  return {
    body: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function upload(
  target: TestServer,
  account: TestAccount | null,
  fileName: string,
  content: Buffer,
  headers: Record<string, string> = CSRF,
) {
  const { body, contentType } = multipart(fileName, content);
  const response = await fetch(`${target.url}/api/attachments`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(account ? as(account) : {}), ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as any };
}

const CREATE = `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id attachments { id fileName contentType sizeBytes sha256 downloadUrl } } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, {}, { resolveViewer: resolveAccountViewer });
  small = await startTestServer(db, { GMIS_ATTACHMENT_MAX_BYTES: '1000' }, { resolveViewer: resolveAccountViewer });
  const hospitalId = await testFacility(db.dataSource, 'HOSPITAL', '13');
  hospital = await createTestAccount(db.dataSource, { loginId: 'byoin', role: Role.FACILITY, facilityId: hospitalId });
  colleague = await createTestAccount(db.dataSource, { loginId: 'byoin2', role: Role.FACILITY, facilityId: hospitalId });
  otherCentre = await createTestAccount(db.dataSource, {
    loginId: 'hokenjo',
    role: Role.HEALTH_CENTER_AGGREGATOR,
    facilityId: await testFacility(db.dataSource, 'HEALTH_CENTER', '01'),
  });
  office = await createTestAccount(db.dataSource, { loginId: 'office', role: Role.OFFICE });
});

afterAll(async () => {
  await small?.stop();
  await server?.stop();
  await db?.drop();
});

describe('attachment upload and download', () => {
  it('uploads, attaches to an inquiry, and downloads the same bytes with safe headers and the Japanese name kept', async () => {
    const uploaded = await upload(server, hospital, '病床報告 手順書（第2版）.pdf', PDF);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      fileName: '病床報告 手順書（第2版）.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    expect(uploaded.body.sha256).toBe(crypto.createHash('sha256').update(PDF).digest('hex'));

    const created = await server.graphql(
      CREATE,
      { input: { subject: '添付あり', body: '手順書を添付します。', attachmentIds: [uploaded.body.id] } },
      as(hospital),
    );
    expect(created.errors).toBeUndefined();
    const [attachment] = created.data.createInquiry.attachments;
    expect(attachment).toMatchObject({ id: uploaded.body.id, fileName: '病床報告 手順書（第2版）.pdf', sizeBytes: PDF.length });

    for (const reader of [hospital, colleague, office]) {
      const response = await fetch(`${server.url}${attachment.downloadUrl}`, { headers: as(reader) });
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = response.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe('病床報告 手順書（第2版）.pdf');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
    // Stored in 256 KiB chunks, with the checksum in the row.
    const chunks = await db.dataSource.query(`SELECT count(*)::int AS n FROM attachment_chunk`);
    expect(chunks[0].n).toBeGreaterThanOrEqual(3);
  });

  it('serves files only to readers of the inquiry: 404 for another organisation and anonymous callers', async () => {
    const uploaded = await upload(server, hospital, 'screen.png', PNG);
    await server.graphql(CREATE, { input: { subject: '画面', body: '画像', attachmentIds: [uploaded.body.id] } }, as(hospital));
    const url = `${server.url}/api/attachments/${uploaded.body.id}`;
    expect((await fetch(url, { headers: as(otherCentre) })).status).toBe(404);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`${server.url}/api/attachments/not-an-id`, { headers: as(office) })).status).toBe(404);
  });

  it('lets only the uploader attach an upload, and only once', async () => {
    const uploaded = await upload(server, hospital, 'memo.txt', Buffer.from('メモです\n'));
    const stolen = await server.graphql(
      CREATE,
      { input: { subject: '横取り', body: '他人のファイル', attachmentIds: [uploaded.body.id] } },
      as(otherCentre),
    );
    expect(stolen.errors?.[0].extensions?.fieldErrors?.[0].field).toBe('attachmentIds');
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM inquiry WHERE subject = '横取り'`)).toEqual([{ n: 0 }]);
    // Before it is attached, nobody but the uploader can download it.
    expect((await fetch(`${server.url}/api/attachments/${uploaded.body.id}`, { headers: as(colleague) })).status).toBe(404);
    expect((await fetch(`${server.url}/api/attachments/${uploaded.body.id}`, { headers: as(hospital) })).status).toBe(200);
    const first = await server.graphql(
      CREATE,
      { input: { subject: '一度目', body: '添付', attachmentIds: [uploaded.body.id] } },
      as(hospital),
    );
    expect(first.errors).toBeUndefined();
    const second = await server.graphql(
      CREATE,
      { input: { subject: '二度目', body: '添付', attachmentIds: [uploaded.body.id] } },
      as(hospital),
    );
    expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('attaches files to a follow-up comment, shown on that message of the thread', async () => {
    const created = await server.graphql(CREATE, { input: { subject: '追加資料', body: '後で送ります' } }, as(hospital));
    const uploaded = await upload(server, colleague, '追加資料.csv', Buffer.from('施設名,病床数\nテスト病院,120\n'));
    const comment = await server.graphql(
      `mutation($input: AddInquiryCommentInput!) { addInquiryComment(input: $input) { messages { kind body attachments { fileName contentType } } } }`,
      { input: { inquiryId: created.data.createInquiry.id, body: '', attachmentIds: [uploaded.body.id] } },
      as(colleague),
    );
    expect(comment.errors).toBeUndefined();
    expect(comment.data.addInquiryComment.messages).toEqual([
      { kind: 'QUESTION', body: '後で送ります', attachments: [] },
      { kind: 'COMMENT', body: '', attachments: [{ fileName: '追加資料.csv', contentType: 'text/csv' }] },
    ]);
  });
});

describe('attachment limits', () => {
  const count = async () => (await db.dataSource.query(`SELECT count(*)::int AS n FROM attachment`))[0].n;

  it('refuses a file over the size limit (413) and stores nothing', async () => {
    const before = await count();
    const tooLarge = await upload(small, hospital, 'big.txt', Buffer.alloc(1001, 0x61));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors[0].message).toMatch(/上限/);
    const atLimit = await upload(small, hospital, 'ok.txt', Buffer.alloc(1000, 0x61));
    expect(atLimit.status).toBe(201);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a body declared far over the limit before reading it', async () => {
    const { body, contentType } = multipart('huge.txt', Buffer.alloc(200_000, 0x61));
    const response = await postExpectingEarlyAnswer(
      `${small.url}/api/attachments`,
      { 'content-type': contentType, ...as(hospital), ...CSRF },
      body,
    );
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.headers.connection).toBe('close');
  });

  it('accepts 10 MB and refuses one byte more with the default limit', async () => {
    const limit = 10 * 1024 * 1024;
    expect(server.config.attachmentMaxBytes).toBe(limit);
    const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(limit - 9)]);
    const started = process.hrtime.bigint();
    const exact = await upload(server, hospital, 'ten.pdf', content);
    const uploadMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(exact.status).toBe(201);
    const download = await fetch(`${server.url}/api/attachments/${exact.body.id}`, { headers: as(hospital) });
    expect(
      crypto
        .createHash('sha256')
        .update(Buffer.from(await download.arrayBuffer()))
        .digest('hex'),
    ).toBe(exact.body.sha256);
    const over = await upload(server, hospital, 'eleven.pdf', Buffer.concat([content, Buffer.from('x')]));
    expect(over.status).toBe(413);
    if (process.env.GMIS_REPORT_TIMINGS) console.log(`10 MB upload: ${uploadMs.toFixed(0)} ms`);
  });

  it.each([
    ['an executable named .exe', 'setup.exe', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
    ['HTML disguised as an image', 'photo.png', Buffer.from('<html><script>alert(1)</script></html>')],
    ['a Windows executable renamed .pdf', 'report.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)])],
    ['binary data named .txt', 'notes.txt', Buffer.from([0x00, 0x01, 0x02, 0x03])],
    ['an SVG (script-capable)', 'chart.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
  ])('refuses %s by its content or name (415)', async (_label, name, content) => {
    const before = await count();
    const res = await upload(server, hospital, name, content);
    expect(res.status).toBe(415);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('refuses an empty file', async () => {
    const res = await upload(server, hospital, 'empty.pdf', Buffer.alloc(0));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('空のファイルは添付できません。');
  });

  it('neutralises path traversal and control characters in file names', async () => {
    const traversal = await upload(server, hospital, '../../../etc/passwd.txt', Buffer.from('root:x:0:0\n'));
    expect(traversal.status).toBe(201);
    expect(traversal.body.fileName).toBe('passwd.txt');
    const windows = await upload(server, hospital, '..\\..\\windows\\win.txt', Buffer.from('x'));
    expect(windows.body.fileName).toBe('win.txt');
    const bidi = await upload(server, hospital, 'invoice\u202Etxt.exe\u202C.txt', Buffer.from('x'));
    expect(bidi.body.fileName).toBe('invoicetxt.exe.txt');
    const response = await fetch(`${server.url}/api/attachments/${traversal.body.id}`, { headers: as(hospital) });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=passwd.txt');
  });

  it('drops unattached uploads after a day and caps how many an account may hold unattached', async () => {
    const uploader = await createTestAccount(db.dataSource, { loginId: 'quota', role: Role.ANALYST });
    const stale = await upload(server, uploader, 'stale.txt', Buffer.from('x'));
    await db.dataSource.query(`UPDATE attachment SET created_at = now() - interval '2 days' WHERE uploaded_by_account_id = $1`, [
      uploader.id,
    ]);
    await upload(server, uploader, 'fresh.txt', Buffer.from('y'));
    expect((await fetch(`${server.url}/api/attachments/${stale.body.id}`, { headers: as(uploader) })).status).toBe(404);
    await db.dataSource.query(
      `INSERT INTO attachment (file_name, content_type, size_bytes, sha256, uploaded_by_account_id)
       SELECT 'f' || g || '.txt', 'text/plain', 1, $2, $1 FROM generate_series(1, 49) g`,
      [uploader.id, Buffer.alloc(32)],
    );
    const refused = await upload(server, uploader, 'one-more.txt', Buffer.from('z'));
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });

  it('requires a sign-in (401) and a CSRF-proof header (403)', async () => {
    expect((await upload(server, null, 'a.txt', Buffer.from('x'))).status).toBe(401);
    const crossSite = await upload(server, hospital, 'a.txt', Buffer.from('x'), {});
    expect(crossSite.status).toBe(403);
    const notMultipart = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      headers: { ...as(hospital), ...CSRF, 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(notMultipart.status).toBe(415);
  });
});

describe('with the real sign-in', () => {
  it('authenticates uploads and downloads by the dashboard session cookie, like /graphql', async () => {
    const real = await startServerWithSignIn(db);
    try {
      const cookie = await signInAs(real, hospital);
      const { body, contentType } = multipart('session.txt', Buffer.from('session upload'));
      const post = (headers: Record<string, string>) =>
        fetch(`${real.url}/api/attachments`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
      const ok = await post({ cookie, ...CSRF });
      expect(ok.status).toBe(201);
      const { id } = (await ok.json()) as { id: string };
      // A cross-site form would carry the cookie but cannot add the header.
      expect((await post({ cookie })).status).toBe(403);
      expect((await post({ ...CSRF })).status).toBe(401);
      expect((await fetch(`${real.url}/api/attachments/${id}`, { headers: { cookie } })).status).toBe(200);
      expect((await fetch(`${real.url}/api/attachments/${id}`)).status).toBe(404);
    } finally {
      await real.stop();
    }
  });
});

describe('XSS in file names', () => {
  it('keeps a script-like name as inert text: JSON over GraphQL, a quoted header parameter, never served as HTML', async () => {
    const name = '<img src=x onerror=alert(1)>.txt';
    const uploaded = await upload(server, hospital, name, Buffer.from('<script>alert(1)</script>'));
    expect(uploaded.body.fileName).toBe(name);
    const response = await fetch(`${server.url}/api/attachments/${uploaded.body.id}`, { headers: as(hospital) });
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="<img src=x onerror=alert(1)>.txt"');
    const listed = await server.graphql(CREATE, { input: { subject: 'x', body: 'y', attachmentIds: [uploaded.body.id] } }, as(hospital));
    expect(listed.headers.get('content-type')).toMatch(/json/);
    expect(listed.data.createInquiry.attachments[0].fileName).toBe(name);
  });
});
