import { BedSnapshot } from '../beds/bed-snapshot.entity';
import { seedDemoFacilities } from './seed/demo-facilities';
import { seedDemoBedSnapshots } from './seed/demo-bed-snapshots';
import { Facility } from '../facilities/facility.entity';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { readArrayRows } from './array-rows';
import { In } from 'typeorm';
import { arrayEntityReader } from './array-entity-reader';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 60);
  await seedDemoBedSnapshots(db.dataSource.manager);
});

afterAll(async () => {
  await db.drop();
});

/** Facilities joined with a snapshot that most of them lack: the empty side of a LEFT JOIN reads as null. */
const joined = () =>
  db.dataSource.manager
    .getRepository(Facility)
    .createQueryBuilder('f')
    .select(['f.dbId', 'f.code', 'f.name', 'f.prefectureCode', 'f.createdAt'])
    .leftJoin(BedSnapshot, 's', 's.facility_id = f.id AND s.id IN (SELECT max(id) FROM bed_snapshot GROUP BY facility_id)')
    .addSelect('s.id', 's_id')
    .addSelect('s.reported_at', 's_reported_at')
    .addSelect('s.general_vacant', 's_general_vacant')
    .orderBy('f.code');

describe('rows read as arrays', () => {
  it("build the entities TypeORM's own load builds from the same columns, nulls, dates and unselected columns alike", async () => {
    const manager = db.dataSource.manager;
    const { names, rows } = await readArrayRows(manager, joined());
    expect(rows).toHaveLength(await manager.getRepository(Facility).count());
    expect(rows.every((row) => Array.isArray(row) && row.length === names.length)).toBe(true);

    const fromArrays = {
      facility: arrayEntityReader(manager, Facility, 'f', names),
      snapshot: arrayEntityReader(manager, BedSnapshot, 's', names),
    };
    const built = rows.map((row) => ({ facility: fromArrays.facility(row), snapshot: fromArrays.snapshot(row) }));

    // The oracle: the same columns loaded by TypeORM (its hydration, transformers and @AfterLoad).
    const selectOf = (target: typeof Facility | typeof BedSnapshot, columns: readonly string[]) =>
      Object.fromEntries(columns.map((c) => [manager.connection.getMetadata(target).findColumnWithDatabaseName(c)!.propertyName, true]));
    const facilities = await manager
      .getRepository(Facility)
      .find({ select: selectOf(Facility, ['id', 'code', 'name', 'prefecture_code', 'created_at']), order: { code: 'ASC' } });
    expect(built.map((b) => b.facility)).toEqual(facilities);
    const snapshotIds = built.flatMap((b) => (b.snapshot ? [b.snapshot.dbId] : []));
    const snapshots = await manager
      .getRepository(BedSnapshot)
      .find({ select: selectOf(BedSnapshot, ['id', 'reported_at', 'general_vacant']), where: { dbId: In(snapshotIds) } });
    const byId = new Map(snapshots.map((s) => [s.dbId, s]));
    expect(snapshots).toHaveLength(snapshotIds.length);
    expect(built.flatMap((b) => (b.snapshot ? [b.snapshot] : []))).toEqual(snapshotIds.map((id) => byId.get(id)));
    // Entities of their class, with @AfterLoad run (the global id), a Date where the column is a timestamp.
    expect(built[0].facility).toBeInstanceOf(Facility);
    expect(built[0].facility!.id).toEqual(expect.any(String));
    expect(built[0].facility!.createdAt).toBeInstanceOf(Date);
    expect(built[0].facility!.address).toBeUndefined();
    expect(built.some((b) => b.snapshot === null)).toBe(true);
    expect(built.find((b) => b.snapshot !== null)?.snapshot?.reportedAt).toBeInstanceOf(Date);
  });

  it('are recorded and logged as the statement that ran, tagged', async () => {
    const { statements } = await db.recorder.record(() => readArrayRows(db.dataSource.manager, joined()));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\/\* array rows \*\/ SELECT /);
  });
});
