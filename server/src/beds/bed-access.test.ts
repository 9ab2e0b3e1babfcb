import { ANONYMOUS, Role, type Viewer } from '../auth/viewer';
import { bedReadScope, canReadFacilityBeds, mayReportFor, scopedPrefecture } from './bed-access';

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  accountId: 1,
  role,
  facilityId: null,
  prefectureCode: null,
  ...extra,
});
const tokyoHospital = { dbId: 10, prefectureCode: '13' };
const osakaHospital = { dbId: 20, prefectureCode: '27' };
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('bed access rules', () => {
  it.each([
    [Role.HEALTH_CENTER_AGGREGATOR, { prefectureCode: '13' }, true, false],
    [Role.PREFECTURE, { prefectureCode: '13' }, true, false],
    [Role.OFFICE, {}, true, true],
    [Role.ANALYST, {}, true, true],
    [Role.FACILITY, { facilityId: 10, prefectureCode: '13' }, true, false],
    [Role.HEALTH_CENTER_RECRUITMENT, { prefectureCode: '13' }, false, false],
  ] as const)('%s reads Tokyo: %s, Osaka: %s', (role, extra, tokyo, osaka) => {
    expect(canReadFacilityBeds(viewer(role, extra), tokyoHospital)).toBe(tokyo);
    expect(canReadFacilityBeds(viewer(role, extra), osakaHospital)).toBe(osaka);
  });

  it('defaults prefecture-scoped viewers to their prefecture and refuses another; others choose freely', () => {
    expect(scopedPrefecture(viewer(Role.PREFECTURE, { prefectureCode: '13' }), null).prefectureCode).toBe('13');
    expect(code(() => scopedPrefecture(viewer(Role.HEALTH_CENTER_AGGREGATOR, { prefectureCode: '13' }), '27'))).toBe('FORBIDDEN');
    expect(scopedPrefecture(viewer(Role.OFFICE), '27').prefectureCode).toBe('27');
    expect(scopedPrefecture(viewer(Role.ANALYST), null).prefectureCode).toBeNull();
  });

  it('fails closed: anonymous is UNAUTHENTICATED, recruitment and accounts missing their prefecture or facility FORBIDDEN', () => {
    expect(code(() => bedReadScope(ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(code(() => bedReadScope(viewer(Role.HEALTH_CENTER_RECRUITMENT)))).toBe('FORBIDDEN');
    expect(code(() => bedReadScope(viewer(Role.PREFECTURE)))).toBe('FORBIDDEN');
    expect(code(() => bedReadScope(viewer(Role.FACILITY)))).toBe('FORBIDDEN');
  });

  it('lets a facility report for itself and a prefecture for its own facilities, nobody else', () => {
    expect(mayReportFor(viewer(Role.FACILITY, { facilityId: 10 }), tokyoHospital)).toBe(true);
    expect(mayReportFor(viewer(Role.FACILITY, { facilityId: 10 }), osakaHospital)).toBe(false);
    expect(mayReportFor(viewer(Role.PREFECTURE, { prefectureCode: '13' }), tokyoHospital)).toBe(true);
    expect(mayReportFor(viewer(Role.PREFECTURE, { prefectureCode: '13' }), osakaHospital)).toBe(false);
    for (const role of [Role.OFFICE, Role.ANALYST, Role.HEALTH_CENTER_AGGREGATOR, Role.HEALTH_CENTER_RECRUITMENT]) {
      expect(mayReportFor(viewer(role, { prefectureCode: '13', facilityId: 10 }), tokyoHospital)).toBe(false);
    }
  });
});
