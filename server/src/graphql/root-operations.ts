import { type DocumentNode, Kind, parse, type SelectionSetNode } from 'graphql';

/**
 * The root fields a document's operations call, as the access policy names them
 * ('Query.bedReport'), through fragments at the root; introspection (__typename, __schema) is
 * left out: it is no operation of the policy. Who may run a saved document is decided from these.
 */
export function rootOperationsOf(document: string | DocumentNode): string[] {
  const parsed = typeof document === 'string' ? parse(document) : document;
  const fragments = new Map(
    parsed.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const found = new Set<string>();
  const walk = (rootType: string, set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) found.add(`${rootType}.${selection.name.value}`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(rootType, selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(rootType, fragment, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const definition of parsed.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const rootType = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[definition.operation];
    walk(rootType, definition.selectionSet, new Set());
  }
  return [...found].sort();
}
