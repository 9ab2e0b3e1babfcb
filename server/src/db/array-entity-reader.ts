import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';

export type ArrayEntityReader<T> = (row: readonly unknown[]) => T | null;

type Build = new (row: unknown) => Record<string, unknown>;
const compiled = new WeakMap<EntityMetadata, Map<string, Build>>();

/**
 * A constructor, compiled once per entity and row layout, that sets one property per column from
 * `row[key]` and whose instances are the entity's (its prototype is the entity class's). One
 * assignment per column: a loop over computed keys is a megamorphic lookup per column, ~10 ms of a
 * 2,000-row bed report (npm run bench). A constructor rather than Object.create(prototype) plus
 * assignments: V8 sizes a constructor's objects for the properties it sets, so a 70-column
 * snapshot is one allocation instead of a property store grown (and copied) column by column.
 * Names come from entity metadata only, never from input.
 */
function compile<T>(
  metadata: EntityMetadata,
  target: new () => T,
  layoutKey: string,
  keyOf: (column: string) => string | number | null,
): Build {
  let byLayout = compiled.get(metadata);
  if (!byLayout) compiled.set(metadata, (byLayout = new Map()));
  let build = byLayout.get(layoutKey);
  if (!build) {
    if (metadata.columns.some((c) => c.embeddedMetadata)) throw new Error(`${metadata.name}: embedded columns are not supported`);
    const assignments = metadata.columns.map((c) => {
      const key = keyOf(c.databaseName);
      return `this[${JSON.stringify(c.propertyName)}] = ${key === null ? 'undefined' : `row[${JSON.stringify(key)}]`};`;
    });
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled once per entity from its own column metadata, never from input
    build = new Function('row', assignments.join('\n')) as unknown as Build;
    build.prototype = target.prototype as object;
    byLayout.set(layoutKey, build);
  }
  return build;
}

function reader<T extends ObjectLiteral, Row>(metadata: EntityMetadata, build: Build, primaryKey: string | number): (row: Row) => T | null {
  const listeners = metadata.afterLoadListeners;
  return (row) => {
    if ((row as Record<string | number, unknown>)[primaryKey] == null) return null;
    const entity = new build(row);
    for (const listener of listeners) listener.execute(entity);
    return entity as T;
  };
}

/**
 * Builds entities from rows read as arrays (db/array-rows.ts) whose columns are named
 * `<alias>_<column>` in `names`, and runs their @AfterLoad listeners, as TypeORM's own loads do
 * (array-rows.test.ts compares the two); a row whose primary key is NULL (the empty side of a LEFT
 * JOIN) reads as null, and a column the statement did not select is left undefined. TypeORM's
 * transformer costs ~0.1 ms per wide row in one synchronous block.
 */
export function arrayEntityReader<T extends ObjectLiteral>(
  db: EntityManager,
  target: new () => T,
  alias: string,
  names: readonly string[],
): ArrayEntityReader<T> {
  const metadata = db.connection.getMetadata(target);
  const indexOf = (column: string) => {
    const index = names.indexOf(`${alias}_${column}`);
    return index < 0 ? null : index;
  };
  const primary = indexOf(metadata.primaryColumns[0].databaseName);
  if (primary === null) throw new Error(`${metadata.name}: the statement does not select ${alias}'s primary key`);
  const build = compile(metadata, target, `array:${alias}:${names.join(',')}`, indexOf);
  return reader(metadata, build, primary);
}
