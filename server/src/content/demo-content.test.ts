import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { DEMO_FAQ, DEMO_NOTICES, seedDemoContent } from './demo-content';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('demo FAQ and notices', () => {
  it('are inserted once, published, and a second run adds nothing', async () => {
    expect(await db.dataSource.transaction((m) => seedDemoContent(m))).toBe(DEMO_FAQ.length + DEMO_NOTICES.length);
    expect(await db.dataSource.transaction((m) => seedDemoContent(m))).toBe(0);
    const faq = await db.dataSource.query(`SELECT category, published FROM faq_entry ORDER BY sort_order`);
    expect(faq.every((f: any) => f.published)).toBe(true);
    expect(new Set(faq.map((f: any) => f.category))).toEqual(new Set(['ログイン', '人材募集登録', '地域病床見える化', 'お問合せ']));
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM notice WHERE published`)).toEqual([{ n: DEMO_NOTICES.length }]);
  });
});
