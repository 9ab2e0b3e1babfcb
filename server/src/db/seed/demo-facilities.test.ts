import { medicalInstitutionCodeProblem } from '../../facilities/medical-institution-code';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { generateDemoFacilities, seedDemoFacilities } from './demo-facilities';
import { readMunicipalities } from '../reference-data';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('demo facilities', () => {
  it('are deterministic and a larger run extends a smaller one', () => {
    const small = [...generateDemoFacilities(50)];
    const large = [...generateDemoFacilities(120)];
    expect(large.slice(0, 50)).toEqual(small);
    expect([...generateDemoFacilities(50)]).toEqual(small);
  });

  it('have valid 医療機関コード and addresses in a municipality of their own 二次医療圏', () => {
    // Municipality names repeat across prefectures (府中町, 伊達市 …), so match within the prefecture.
    const areaOf = new Map(readMunicipalities().map((m) => [`${m.code.slice(0, 2)}:${m.name}`, m.areaCode]));
    for (const f of generateDemoFacilities(500)) {
      expect(medicalInstitutionCodeProblem(f.code)).toBeNull();
      expect(f.code.slice(0, 2)).toBe(f.prefectureCode);
      expect(f.areaCode.slice(0, 2)).toBe(f.prefectureCode);
      expect(f.postalCode).toMatch(/^\d{7}$/);
      const municipality = [...areaOf.keys()]
        .filter((key) => key.startsWith(`${f.prefectureCode}:`) && f.address.startsWith(key.slice(3)))
        .sort((a, b) => b.length - a.length)[0];
      expect(areaOf.get(municipality)).toBe(f.areaCode);
    }
  });

  it('are written in batches, and a second run duplicates nothing', async () => {
    const batches: number[] = [];
    const { statements } = await db.recorder.record(() => seedDemoFacilities(db.dataSource.manager, 2500, (done) => batches.push(done)));
    expect(statements).toHaveLength(3);
    expect(batches).toEqual([1000, 2000, 2500]);
    expect(await seedDemoFacilities(db.dataSource.manager, 2500)).toBe(0);
    expect(await seedDemoFacilities(db.dataSource.manager, 2600)).toBe(100);
    const [{ count }] = await db.dataSource.query('SELECT count(*)::int AS count FROM facility');
    expect(count).toBe(2600);
  });
});
