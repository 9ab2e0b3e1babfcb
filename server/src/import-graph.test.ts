import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The shape of server/src, read with the TypeScript compiler's parser (every import, export …
 * from, `import type`, `import()` and `declare module` counts, type-only ones included):
 *
 *  - no import cycle anywhere;
 *  - plumbing (graphql/, auth/, http/, db/, mail/, shared/) imports no domain folder. Domains
 *    declare what they bring (resolvers with their access and cost, loaders, node types, routes)
 *    in their `*.module.ts`, and only the composition roots gather them: app.modules.ts for the
 *    service, db/seed/ for the demo data (which writes every domain's rows). Tests may reach
 *    across (a plumbing test runs the whole schema), and are checked for cycles only.
 *
 * Run alone: `npx jest server/src/import-graph.test.ts`.
 */
const SRC = __dirname;
const PLUMBING = ['graphql', 'auth', 'http', 'db', 'mail', 'shared'];
const DOMAINS = ['accounts', 'audit', 'beds', 'content', 'facilities', 'inquiries', 'intake', 'recruitment', 'reporting', 'reports'];
const COMPOSITION_ROOTS = ['app.modules.ts', 'db/seed/'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module specifier a file names, in any form of import. */
function specifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push(arg.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      found.push(node.name.text); // module augmentation: `declare module '../graphql/context'`
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const files = sourceFiles(SRC);
const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const graph = new Map(
  files.map((file) => [
    rel(file),
    specifiers(file)
      .flatMap((s) => resolveLocal(file, s) ?? [])
      .map(rel),
  ]),
);
const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');
const isTest = (file: string) => file.endsWith('.test.ts');

/** Every cycle, each reported once as the path that closes it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string) => {
    indexOf.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) connect(node);
  return components;
}

describe('import graph of server/src', () => {
  it('reads every kind of import (a self-check, so the rules below cannot pass by reading nothing)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get('main.ts')).toContain('app.ts');
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps plumbing free of domains: only the composition roots import them', () => {
    const crossings = [...graph]
      .filter(([file]) => PLUMBING.includes(folderOf(file)) && !isTest(file) && !COMPOSITION_ROOTS.some((root) => file.startsWith(root)))
      .flatMap(([file, imports]) => imports.filter((target) => DOMAINS.includes(folderOf(target))).map((target) => `${file} → ${target}`));
    expect(crossings).toEqual([]);
  });

  it('lets app.ts reach the domains only through the composition root', () => {
    expect((graph.get('app.ts') ?? []).filter((target) => DOMAINS.includes(folderOf(target)))).toEqual([]);
  });

  it('names every folder of server/src as plumbing or a domain', () => {
    const folders = [...new Set([...graph.keys()].map(folderOf))].filter(Boolean).sort();
    expect(folders).toEqual([...PLUMBING, ...DOMAINS].sort());
  });
});
