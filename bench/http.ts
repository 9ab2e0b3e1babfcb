/** HTTP helpers of the bench: GraphQL POSTs with an optional session cookie, and sign-in. */

/** POSTs one GraphQL request as JSON to /graphql. */
function sendGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<any> {
  const body = (await (await sendGraphQL(url, query, variables, headers)).json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body;
}

/**
 * The same POST, timed as a server's work: request sent until the last byte of the answer is in.
 * The body is read whole but not parsed: parsing 2 MB of JSON is the client's cost (~15 ms here),
 * which the hand-written limit does not pay either. Any GraphQL error still fails the run.
 */
export async function fetchGraphQLBody(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await sendGraphQL(url, query, variables, headers);
  const body = await response.text();
  if (response.status !== 200 || !body.startsWith('{"data":') || body.includes('"errors":['))
    throw new Error(`${response.status}: ${body.slice(0, 300)}`);
  return body;
}

/** The `Cookie` header value from a response's Set-Cookie headers (name=value pairs only). */
export function cookieHeader(setCookies: string[]): string {
  return setCookies
    .map((c) => c.split(';')[0].trim())
    .filter(Boolean)
    .join('; ');
}

const LOGIN = `mutation BenchLogin($loginId: String!, $password: String!) { login(loginId: $loginId, password: $password) { role } }`;

/** Signs in a demo account (docs/demo-accounts.md) and returns the Cookie header of its session. */
export async function signIn(url: string, loginId: string, password: string): Promise<string> {
  const response = await sendGraphQL(url, LOGIN, { loginId, password });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`sign-in of ${loginId} failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  const cookie = cookieHeader(response.headers.getSetCookie());
  if (!cookie) throw new Error(`sign-in of ${loginId} set no cookie`);
  return cookie;
}

/** The demo office account: reads the whole country's bed report, postings and facilities. */
export const DEMO_OFFICE = { loginId: 'demo-office', password: 'Gmis-Jimukyoku-2026' };

/** Reads one gauge (no labels) from a Prometheus text exposition. */
export function promGauge(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}
