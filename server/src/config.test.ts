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
});
