import { Role } from '../auth/viewer';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createTestAccount } from '../../test/accounts';
import { purgeExpired } from './housekeeping';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('housekeeping', () => {
  it('deletes long-ended sessions, reset links and delivered mails, and keeps everything still usable or recent', async () => {
    const { id } = await createTestAccount(db.dataSource, { loginId: 'keeper', role: Role.OFFICE });
    const q = (sql: string) => db.dataSource.query(sql.replace(/:id/g, String(id)));
    await q(`INSERT INTO session (account_id, token_hash, created_at, expires_at, revoked_at) VALUES
      (:id, sha256('old-expired'), now() - interval '40 days', now() - interval '39 days', NULL),
      (:id, sha256('old-revoked'), now() - interval '40 days', now() + interval '1 day', now() - interval '31 days'),
      (:id, sha256('recently-revoked'), now() - interval '2 days', now() + interval '1 day', now() - interval '1 day'),
      (:id, sha256('open'), now(), now() + interval '8 hours', NULL)`);
    await q(`INSERT INTO password_reset (account_id, token_hash, purpose, created_at, expires_at, used_at) VALUES
      (:id, sha256('r-old'), 'RESET', now() - interval '40 days', now() - interval '40 days' + interval '30 minutes', NULL),
      (:id, sha256('r-open'), 'RESET', now(), now() + interval '30 minutes', NULL)`);
    await q(`INSERT INTO mail_outbox (recipient, subject, body_text, sent_at) VALUES
      ('a@example.com', 'old', NULL, now() - interval '31 days'),
      ('a@example.com', 'recent', NULL, now() - interval '1 day'),
      ('a@example.com', 'pending', 'body', NULL)`);
    expect(await purgeExpired(db.dataSource)).toEqual({ sessions: 2, resets: 1, mails: 1 });
    expect((await q(`SELECT count(*)::int AS n FROM session`))[0].n).toBe(2);
    expect((await q(`SELECT subject FROM mail_outbox ORDER BY id`)).map((r: any) => r.subject)).toEqual(['recent', 'pending']);
    expect(await purgeExpired(db.dataSource)).toEqual({ sessions: 0, resets: 0, mails: 0 });
  });
});
