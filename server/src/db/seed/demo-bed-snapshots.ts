import type { EntityManager } from 'typeorm';
import { AcceptanceStatus, BED_CATEGORIES, StaffingStatus } from '../../beds/bed-categories';
import { contentHash, type BedReportContent } from '../../beds/bed-reporting';
import { BedSnapshot, ReportSource } from '../../beds/bed-snapshot.entity';
import { intBetween, pick, rngFor } from './random';

const SEED = 20261125;
const HOUR = 3600_000;
const NOTES = [
  null,
  null,
  null,
  '発熱外来は予約制です。',
  '小児の受入は日中のみ。',
  '夜間の救急受入を一時制限中\n（医師不足のため）',
  '感染症病床の清掃中',
];
/** Per-category share of hospitals that have such beds at all, and a plausible size range. */
const SIZES: Record<string, [number, number, number]> = {
  general: [1, 20, 400],
  icuHcu: [0.5, 4, 30],
  infectious: [0.3, 2, 20],
  psychiatric: [0.25, 10, 120],
  pediatric: [0.4, 4, 40],
  negativePressure: [0.35, 1, 10],
};

function acceptance(rng: () => number): AcceptanceStatus {
  const r = rng();
  return r < 0.7
    ? AcceptanceStatus.NORMAL
    : r < 0.88
      ? AcceptanceStatus.LIMITED
      : r < 0.95
        ? AcceptanceStatus.SUSPENDED
        : AcceptanceStatus.UNANSWERED;
}

/** Report `n` of a hospital: bed capacity fixed per hospital, occupancy varying per report. */
function demoContent(hospitalKey: number, n: number): BedReportContent {
  const capacity = rngFor(SEED, hospitalKey);
  const moment = rngFor(SEED + n + 1, hospitalKey);
  const content: Record<string, unknown> = {};
  for (const c of BED_CATEGORIES) {
    const [share, min, max] = SIZES[c.key];
    const has = capacity() < share;
    const secured = has ? intBetween(capacity, min, max) : 0;
    const immediate = intBetween(moment, Math.floor(secured * 0.6), secured);
    const inpatients = intBetween(moment, 0, immediate);
    const severe = intBetween(moment, 0, Math.floor(inpatients * 0.2));
    const vacant = Math.max(0, immediate - inpatients);
    Object.assign(content, {
      [`${c.key}Secured`]: secured,
      [`${c.key}Immediate`]: immediate,
      [`${c.key}Inpatients`]: inpatients,
      [`${c.key}Severe`]: severe,
      [`${c.key}Vacant`]: vacant,
    });
  }
  const ventilatorsTotal = intBetween(capacity, 0, 20);
  const ecmoTotal = capacity() < 0.3 ? intBetween(capacity, 1, 4) : 0;
  return {
    ...(content as BedReportContent),
    outpatientAcceptance: acceptance(moment),
    inpatientAcceptance: acceptance(moment),
    emergencyAcceptance: acceptance(moment),
    staffing: pick(moment, [
      StaffingStatus.NORMAL,
      StaffingStatus.NORMAL,
      StaffingStatus.NORMAL,
      StaffingStatus.SHORTAGE,
      StaffingStatus.DEPLETED,
    ]),
    ventilatorsTotal,
    ventilatorsInUse: intBetween(moment, 0, ventilatorsTotal),
    ecmoTotal,
    ecmoInUse: intBetween(moment, 0, ecmoTotal),
    note: pick(moment, NOTES),
  };
}

/**
 * Gives every demo hospital that has no report yet a few reports over the last days: most
 * reported within the last 24 hours, some only days ago (stale), about 5% never (未回答).
 * Deterministic per facility; idempotent (hospitals with reports are skipped); one INSERT per
 * batch. Times are relative to `now` so the demo always looks current.
 */
export async function seedDemoBedSnapshots(db: EntityManager, now = new Date(), batchSize = 800): Promise<number> {
  const hospitals: { id: number; code: string }[] = await db.query(
    `SELECT f.id, f.code FROM facility f WHERE f.kind = 'HOSPITAL' AND NOT EXISTS (SELECT 1 FROM bed_snapshot s WHERE s.facility_id = f.id) ORDER BY f.id`,
  );
  const base = Math.floor(now.getTime() / HOUR) * HOUR;
  let inserted = 0;
  let batch: Partial<BedSnapshot>[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await db.getRepository(BedSnapshot).insert(batch);
    inserted += batch.length;
    batch = [];
  };
  for (const { id, code } of hospitals) {
    // Keyed by the 医療機関コード, not the row id: a hospital gets the same reports whatever order
    // the facilities were loaded in.
    const key = Number(code) % 2_147_483_647;
    const rng = rngFor(SEED - 1, key);
    const roll = rng();
    if (roll < 0.05) continue; // never reported
    const reports = intBetween(rng, 2, 6);
    // Age of the latest report: most within the day, ~12% between 1 and 5 days (stale).
    const latestAgeHours = roll < 0.17 ? intBetween(rng, 25, 120) : intBetween(rng, 0, 20);
    for (let n = 0; n < reports; n += 1) {
      const ageHours = latestAgeHours + (reports - 1 - n) * intBetween(rng, 8, 30);
      const content = demoContent(key, n);
      batch.push({
        ...content,
        facilityId: id,
        reportedAt: new Date(base - ageHours * HOUR - intBetween(rng, 0, 59) * 60_000),
        reportedByAccountId: null,
        source: ReportSource.DEMO,
        idempotencyKey: null,
        contentHash: contentHash(content),
      });
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  return inserted;
}
