import type { DataSource } from 'typeorm';
import { timeRuns } from './measure';

export interface BenchEnvironment {
  db: DataSource;
  databaseUrl: string;
  serviceUrl: string;
  servicePid: number;
}

export interface BenchOutcome {
  table: Record<string, string | number>[];
  notes?: string[];
  json: unknown;
}

export interface BenchScenario {
  key: string;
  title: string;
  run(env: BenchEnvironment): Promise<BenchOutcome>;
}

export async function postGraphQL(url: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body;
}

const FACILITY_PAGE = `query FacilityPage($first: Int!) {
  facilities(first: $first) { edges { node { id code name kind postalCode address prefecture { code name } secondaryMedicalArea { code name } } } }
}`;

/** The facilities page of 2,000 rows through HTTP, against the same rows by one hand-written SQL statement. */
const facilityPage: BenchScenario = {
  key: 'facilityPage2000',
  title: 'Facilities page, 2,000 rows with prefecture and area',
  async run(env) {
    const viaApi = await timeRuns(30, 5, () => postGraphQL(env.serviceUrl, FACILITY_PAGE, { first: 2000 }));
    const limit = await timeRuns(30, 5, async () => {
      const rows = await env.db.query(
        `SELECT f.id, f.code, f.name, f.kind, f.postal_code, f.address, p.code AS p_code, p.name AS p_name, a.code AS a_code, a.name AS a_name
           FROM facility f JOIN prefecture p ON p.code = f.prefecture_code JOIN secondary_medical_area a ON a.code = f.area_code
          ORDER BY f.code LIMIT 2000`,
      );
      return JSON.stringify(rows);
    });
    const ratio = Math.round((viaApi.p50Ms / limit.p50Ms) * 100) / 100;
    return {
      table: [
        { path: 'GraphQL over HTTP', p50_ms: viaApi.p50Ms, p95_ms: viaApi.p95Ms, statements: 3 },
        { path: 'hand-written SQL + JSON.stringify (limit)', p50_ms: limit.p50Ms, p95_ms: limit.p95Ms, statements: 1 },
      ],
      notes: [`ratio to the limit (p50): ${ratio}× (target ≤ 2×)`],
      json: { api: viaApi, limit, ratioP50: ratio },
    };
  },
};

export const benchScenarios: BenchScenario[] = [facilityPage];
