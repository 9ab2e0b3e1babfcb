import { type ASTNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, visit } from 'graphql';

const fieldNamesByOperation = new WeakMap<OperationDefinitionNode, ReadonlySet<string>>();

/**
 * The names of every field the resolver's operation selects anywhere, on any type, in its own
 * selections and in every fragment of its document (worked out once per parsed operation). For
 * reads that leave out columns nobody asked for: whatever field of the operation could show a value
 * read now, or later from a per-request loader primed with this row, is named here, so a column is
 * left out only when no field of the operation can show it.
 */
export function operationFieldNames(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = fieldNamesByOperation.get(info.operation);
  if (!names) {
    const found = new Set<string>();
    const collect = (node: ASTNode) =>
      visit(node, {
        [Kind.FIELD]: (field) => {
          found.add(field.name.value);
        },
      });
    collect(info.operation);
    for (const fragment of Object.values(info.fragments)) collect(fragment);
    names = found;
    fieldNamesByOperation.set(info.operation, names);
  }
  return names;
}
