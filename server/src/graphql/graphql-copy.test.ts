import path from 'node:path';

describe('graphql package', () => {
  it('is installed once: type-graphql, Apollo Server and the app all load the same copy', () => {
    const own = require.resolve('graphql');
    const from = (pkg: string) => require.resolve('graphql', { paths: [path.dirname(require.resolve(pkg))] });
    expect(from('type-graphql')).toBe(own);
    expect(from('@apollo/server')).toBe(own);
    expect(require('graphql/package.json').version).toMatch(/^16\./);
  });
});
