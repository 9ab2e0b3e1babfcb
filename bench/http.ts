/** HTTP helpers of the bench: GraphQL POSTs with an optional session cookie, and sign-in. */

import http from 'node:http';

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

/** One kept-alive connection for timed requests, as a client that sends one request after another holds. */
const timedAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * The same POST, timed as a server's work: request sent until the last byte of the answer is in.
 * The body is read whole (as bytes) but not decoded or parsed: turning 2 MB of JSON into text and
 * objects is the client's cost (~15 ms here), which the hand-written limit does not pay either.
 * Sent with node:http rather than fetch: on this 2-core machine fetch's stream machinery took
 * 5–6 ms of the facilities page's p50 (and more of the 2 MB bed report's), CPU of the client, not
 * of the service. Any GraphQL error still fails the run.
 */
export function fetchGraphQLBody(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Buffer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: timedAgent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answer = Buffer.concat(chunks);
          if (response.statusCode !== 200 || answer.indexOf('{"data":') !== 0 || answer.includes('"errors":['))
            reject(new Error(`${response.statusCode}: ${answer.subarray(0, 300).toString()}`));
          else resolve(answer);
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
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
