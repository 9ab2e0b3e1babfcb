import { createDataSource } from '../../../ormconfig';
import { Prefecture } from '../facilities/prefecture.entity';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TcpSwitch } from '../../test/tcp-switch';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  it('sends entity reads to the replica and writes/raw statements to the primary', async () => {
    const target = new URL(db.url);
    const replica = new TcpSwitch({ host: target.hostname, port: Number(target.port || 5432) });
    await replica.open();
    const replicaUrl = new URL(db.url);
    replicaUrl.port = String(replica.port);
    const dataSource = createDataSource({ url: db.url, replicaUrls: [replicaUrl.toString()], schema: db.schema, connectTimeoutMs: 1000 });
    await dataSource.initialize();
    try {
      expect(await dataSource.getRepository(Prefecture).countBy({})).toBe(47);
      await replica.cut();
      // The replica is gone: reads fail, the primary still answers.
      await expect(dataSource.getRepository(Prefecture).find({ take: 1 })).rejects.toBeDefined();
      expect(await dataSource.query('SELECT count(*)::int AS n FROM prefecture')).toEqual([{ n: 47 }]);
    } finally {
      await replica.cut();
      await dataSource.destroy();
    }
  });
});
