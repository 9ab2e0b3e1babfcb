import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { signInAs, startServerWithSignIn } from '../../test/accounts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './demo-accounts';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 500);
  server = await startServerWithSignIn(db);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('demo accounts', () => {
  it('seeds one account per role, once, each signing in with its documented password into its organisation', async () => {
    expect(await db.dataSource.transaction((m) => seedDemoAccounts(m))).toBe(6);
    expect(await db.dataSource.transaction((m) => seedDemoAccounts(m))).toBe(0);
    const documented = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../../docs/demo-accounts.md'), 'utf8');
    const seen = new Set<string>();
    for (const demo of DEMO_ACCOUNTS) {
      expect(documented).toContain(`| \`${demo.loginId}\` | \`${demo.password}\` |`);
      const cookie = await signInAs(server, demo);
      const res = await server.graphql(`{ viewer { role facility { kind prefectureCode } prefecture { code name } } }`, {}, { cookie });
      const viewer = res.data.viewer;
      seen.add(viewer.role);
      expect(viewer.role).toBe(demo.role);
      if (demo.organisation === 'HEALTH_CENTER') expect(viewer.facility).toEqual({ kind: 'HEALTH_CENTER', prefectureCode: '13' });
      if (demo.organisation === 'HOSPITAL') expect(viewer.facility).toEqual({ kind: 'HOSPITAL', prefectureCode: '13' });
      if (demo.organisation !== null) expect(viewer.prefecture).toEqual({ code: '13', name: '東京都' });
      else expect(viewer).toMatchObject({ facility: null, prefecture: null });
    }
    expect(seen.size).toBe(6);
  });
});
