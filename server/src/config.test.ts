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
    expect(loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: 'client/persisted-documents.json' }).trustedDocumentsPath).toMatch(/client\/persisted-documents\.json$/);
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '0' })).toThrow(/GRAPHQL_MAX_COST/);
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '2000', GRAPHQL_COST_BUDGET: '1000' })).toThrow(/GRAPHQL_COST_BUDGET/);
    expect(() => loadConfig({ GRAPHQL_SUBGRAPH: 'sometimes' })).toThrow(/GRAPHQL_SUBGRAPH/);
  });

  it('sizes the dashboard sessions\' bucket for 30 requests of the largest cost, refilled within a minute, never below the API one', () => {
    expect(loadConfig({}).graphqlLimits).toMatchObject({ sessionCostBudget: 300_000, sessionCostRestoreRate: 5_000 });
    expect(loadConfig({ GRAPHQL_MAX_COST: '2000' }).graphqlLimits).toMatchObject({ sessionCostBudget: 60_000, sessionCostRestoreRate: 1_000 });
    const raised = loadConfig({ GRAPHQL_COST_BUDGET: '100000000', GRAPHQL_COST_RESTORE_RATE: '10000000' }).graphqlLimits;
    expect(raised).toMatchObject({ sessionCostBudget: 100_000_000, sessionCostRestoreRate: 10_000_000 });
    expect(loadConfig({ GRAPHQL_SESSION_COST_BUDGET: '120000', GRAPHQL_SESSION_COST_RESTORE_RATE: '700' }).graphqlLimits).toMatchObject({
      sessionCostBudget: 120_000,
      sessionCostRestoreRate: 700,
    });
    expect(() => loadConfig({ GRAPHQL_SESSION_COST_BUDGET: '9999' })).toThrow(/GRAPHQL_SESSION_COST_BUDGET/);
  });
});
