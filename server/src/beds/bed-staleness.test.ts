import { Staleness } from './bed-staleness';

describe('更新遅れ: the fixed age and the reporting schedule', () => {
  const now = new Date('2026-11-24T09:00:00Z');

  it('with no schedule part, is the fixed age', () => {
    expect(Staleness.fixedHours(24, now).before('13')).toEqual(new Date('2026-11-23T09:00:00Z'));
    expect(Staleness.fixedHours(6, now).before('13')).toEqual(new Date('2026-11-24T03:00:00Z'));
  });

  it("takes the later of the fixed age and the prefecture's period, and the default for a prefecture without a schedule", () => {
    const staleness = new Staleness(new Date('2026-11-23T09:00:00Z'), {
      byDefault: new Date('2026-11-23T15:00:00Z'),
      byPrefecture: new Map([
        ['13', new Date('2026-11-24T07:00:00Z')],
        ['01', new Date('2026-11-20T00:00:00Z')],
      ]),
    });
    expect(staleness.before('13')).toEqual(new Date('2026-11-24T07:00:00Z'));
    expect(staleness.before('01')).toEqual(new Date('2026-11-23T09:00:00Z'));
    expect(staleness.before('27')).toEqual(new Date('2026-11-23T15:00:00Z'));
    expect(JSON.parse(staleness.parameters.stalePeriods)).toEqual({ '13': '2026-11-24T07:00:00.000Z', '01': '2026-11-20T00:00:00.000Z' });
  });
});
