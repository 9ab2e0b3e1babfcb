import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('uses the embedded database without DATABASE_URL and a server with it', () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/gmis' }).databaseUrl).toBe('postgres://u@db:5432/gmis');
  });

  it('rejects malformed values with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION/);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/gmis' })).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.jp/path' })).toThrow(/CORS_ORIGINS/);
  });

  it('keeps introspection off unless development or explicitly configured', () => {
    expect(loadConfig({}).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('reads the GraphQL request limits, the trusted-documents manifest and the subgraph switch', () => {
    const defaults = loadConfig({});
    expect(defaults.graphqlLimits).toMatchObject({ maxCost: 10_000, costBudget: 50_000, costRestoreRate: 500, maxDepth: 10 });
    expect(defaults.trustedDocumentsPath).toBeNull();
    expect(defaults.subgraph).toBe(false);
    expect(defaults.introspectionForTokens).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION_FOR_TOKENS: 'false' }).introspectionForTokens).toBe(false);
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: '6' }).graphqlLimits.maxDepth).toBe(6);
    expect(loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: 'client/persisted-documents.json' }).trustedDocumentsPath).toMatch(
      /client\/persisted-documents\.json$/,
    );
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '0' })).toThrow(/GRAPHQL_MAX_COST/);
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '2000', GRAPHQL_COST_BUDGET: '1000' })).toThrow(/GRAPHQL_COST_BUDGET/);
    expect(() => loadConfig({ GRAPHQL_SUBGRAPH: 'sometimes' })).toThrow(/GRAPHQL_SUBGRAPH/);
  });

  it("sizes the dashboard sessions' bucket for 30 requests of the largest cost, refilled within a minute, never below the API one", () => {
    expect(loadConfig({}).graphqlLimits).toMatchObject({ sessionCostBudget: 300_000, sessionCostRestoreRate: 5_000 });
    expect(loadConfig({ GRAPHQL_MAX_COST: '2000' }).graphqlLimits).toMatchObject({
      sessionCostBudget: 60_000,
      sessionCostRestoreRate: 1_000,
    });
    const raised = loadConfig({ GRAPHQL_COST_BUDGET: '100000000', GRAPHQL_COST_RESTORE_RATE: '10000000' }).graphqlLimits;
    expect(raised).toMatchObject({ sessionCostBudget: 100_000_000, sessionCostRestoreRate: 10_000_000 });
    expect(loadConfig({ GRAPHQL_SESSION_COST_BUDGET: '120000', GRAPHQL_SESSION_COST_RESTORE_RATE: '700' }).graphqlLimits).toMatchObject({
      sessionCostBudget: 120_000,
      sessionCostRestoreRate: 700,
    });
    expect(() => loadConfig({ GRAPHQL_SESSION_COST_BUDGET: '9999' })).toThrow(/GRAPHQL_SESSION_COST_BUDGET/);
  });

  it('trusts no proxy unless TRUST_PROXY names a hop count or the proxies, and never every hop', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5, loopback, fd00::/8, 172.16.0.0/255.240.0.0' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      'loopback',
      'fd00::/8',
      '172.16.0.0/255.240.0.0',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY: "10.0.0.0\/33"/);
    expect(() => loadConfig({ TRUST_PROXY: 'balancer.internal' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the database timeouts per pool, which traffic may use replicas, and whether to migrate at start', () => {
    const defaults = loadConfig({}).database;
    expect(defaults).toMatchObject({
      primary: { statementTimeoutMs: 5000, queryTimeoutMs: 6000 },
      replica: { statementTimeoutMs: 5000, queryTimeoutMs: 6000 },
      replicaMaxLagMs: 10_000,
      healthIntervalMs: 1000,
      migrateAtStart: true,
    });
    expect(defaults.replicaReaders).toEqual({ anonymous: true, sessions: true, tokens: true, roles: new Set() });
    const set = loadConfig({
      DB_STATEMENT_TIMEOUT_MS: '2000',
      DB_REPLICA_STATEMENT_TIMEOUT_MS: '30000',
      MIGRATE_AT_START: 'false',
    }).database;
    expect(set).toMatchObject({
      primary: { statementTimeoutMs: 2000, queryTimeoutMs: 3000 },
      replica: { statementTimeoutMs: 30_000, queryTimeoutMs: 31_000 },
      migrateAtStart: false,
    });
    expect(loadConfig({ DB_STATEMENT_TIMEOUT_MS: '2000', DB_QUERY_TIMEOUT_MS: '2500' }).database.replica).toEqual({
      statementTimeoutMs: 2000,
      queryTimeoutMs: 2500,
    });
    expect(loadConfig({ DATABASE_REPLICA_READERS: 'tokens, ANALYST' }).database.replicaReaders).toEqual({
      anonymous: false,
      sessions: false,
      tokens: true,
      roles: new Set(['ANALYST']),
    });
    expect(() => loadConfig({ DATABASE_REPLICA_READERS: 'analysts' })).toThrow(/DATABASE_REPLICA_READERS: "analysts"/);
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '5000', DB_QUERY_TIMEOUT_MS: '1000' })).toThrow(/DB_QUERY_TIMEOUT_MS/);
  });
});
