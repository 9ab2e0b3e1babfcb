import { BED_CATEGORIES, BED_COUNT_FIELDS } from './bed-categories';
import { BedSnapshot } from './bed-snapshot.entity';

/** A snapshot as the report reads it: every count its own number, so a mixed-up column shows. */
function snapshotWithCounts(): BedSnapshot {
  const snapshot = new BedSnapshot();
  BED_COUNT_FIELDS.forEach((field, at) => Object.assign(snapshot, { [field.property]: at + 1 }));
  return snapshot;
}

describe('BedSnapshot.beds', () => {
  it('gives one count per bed category, in the category order, read from that category’s own columns', () => {
    const snapshot = snapshotWithCounts();
    expect(snapshot.beds.map((b) => b.category)).toEqual(BED_CATEGORIES.map((c) => c.key));
    for (const field of BED_COUNT_FIELDS) {
      const count = snapshot.beds.find((b) => b.category === field.category)!;
      const measure = field.measure.charAt(0).toLowerCase() + field.measure.slice(1);
      expect(count[measure as keyof typeof count]).toBe((snapshot as unknown as Record<string, number>)[field.property]);
    }
  });

  it('is built once per snapshot however often the query reads it, and stays out of the snapshot’s JSON', () => {
    const snapshot = snapshotWithCounts();
    const first = snapshot.beds;
    expect(snapshot.beds).toBe(first);
    expect(new BedSnapshot().beds).not.toBe(first);
    // Audit records and logs stringify entities: the kept list is not part of them.
    expect(Object.keys(JSON.parse(JSON.stringify(snapshot)))).toEqual(Object.keys(JSON.parse(JSON.stringify(snapshotWithCounts()))));
    expect(Object.keys(snapshot)).not.toContain('beds');
  });
});
