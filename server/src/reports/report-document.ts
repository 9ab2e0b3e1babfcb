import crypto from 'node:crypto';
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  specifiedRules,
  type TypeNode,
  typeFromAST,
  TypeInfo,
  validate,
  type ValidationRule,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { GraphQLLimits } from '../config';
import { operationCost } from '../graphql/cost';
import { limitValidationRules } from '../graphql/limits';
import type { FieldProblem } from '../shared/field-problems';
import { suggestedVariableLabel, variableUses } from './report-variable-labels';

/**
 * A saved report's document: one GraphQL query, checked against the current schema, the service's
 * shape limits and the cost rules (graphql/cost.ts), exactly as /graphql would check it, and
 * read for what the runner needs:
 *
 * - rows: the list items of the first connection in the result (its `edges`), or, when the
 *   query has no connection, of its first list; a query with neither is one row;
 * - paging: that connection's `after` argument is bound to a variable the runner sets page by
 *   page (one is added when the author left it out, with `pageInfo { hasNextPage endCursor }`);
 * - the leaf fields a column may name, as dot paths of response keys (aliases count): lists are
 *   transparent, so `bedReport.edges.node.facility.name` is a column of the bed report's rows;
 * - the variables, which become the report's filter form.
 *
 * The hash is the sha256 of the stored text (hex), as the dashboard's persisted-documents
 * manifest keys its documents: the report is run by that hash as a trusted document.
 */

export interface ReportVariableShape {
  name: string;
  /** The GraphQL type as written: `Int!`, `[String!]`, `BedReportFilter`. */
  type: string;
  namedType: string;
  required: boolean;
  list: boolean;
  enumValues: string[] | null;
  defaultValue: unknown;
  /** The label derived from where the variable is used (report-variable-labels.ts); a report's own label wins. */
  label: string;
}

export interface AnalysedDocument {
  text: string;
  hash: string;
  operationName: string | null;
  /** Response-key path of the rows' list (e.g. ['bedReport', 'edges']), or null: one row. */
  rowPath: string[] | null;
  /** Response-key path of the connection that pages (its pageInfo is read), or null. */
  connectionPath: string[] | null;
  pagingVariable: string | null;
  leafPaths: ReadonlySet<string>;
  /** The GraphQL type (named: ReportingStatus, Float) of each leaf path: a LABEL column's words are its enum's. */
  leafTypes: ReadonlyMap<string, string>;
  variables: ReportVariableShape[];
}

export type ProblemKind = 'SYNTAX' | 'NOT_A_QUERY' | 'INVALID' | 'TOO_COSTLY';

export interface DocumentProblem extends FieldProblem {
  kind: ProblemKind;
  cost?: number;
}

export type Analysis = { ok: true; value: AnalysedDocument } | { ok: false; problems: DocumentProblem[] };

export const MAX_DOCUMENT_LENGTH = 100_000;

export function documentHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A validation error in the reader's words: a field the schema no longer (or never) had is named. */
export function describeValidationError(error: GraphQLError): string {
  const missingField = /Cannot query field "([^"]+)" on type "([^"]+)"/.exec(error.message);
  if (missingField) return `フィールド ${missingField[2]}.${missingField[1]} が存在しません`;
  const unknownType = /Unknown type "([^"]+)"/.exec(error.message);
  if (unknownType) return `型 ${unknownType[1]} が存在しません`;
  const unknownArgument = /Unknown argument "([^"]+)" on field "([^"]+)"/.exec(error.message);
  if (unknownArgument) return `フィールド ${unknownArgument[2]} の引数 ${unknownArgument[1]} が存在しません`;
  const missingArgument = /Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required/.exec(error.message);
  if (missingArgument) return `フィールド ${missingArgument[1]} の引数 ${missingArgument[2]} (${missingArgument[3]}) が必要です`;
  return `クエリがスキーマに合いません (${error.message})`;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

interface FoundField {
  node: FieldNode;
  path: string[];
  /** Whether the field's type is a list (a list below one makes its paging ambiguous). */
  list: boolean;
  underList: boolean;
  typeName: string;
  leaf: boolean;
}

/** Every field of the operation with its response-key path, depth first in document order (fragments expanded). */
function fieldsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): FoundField[] {
  // Types of every field node, read once with TypeInfo (fragments included).
  const typeInfo = new TypeInfo(schema);
  const fieldTypes = new Map<FieldNode, ReturnType<TypeInfo['getType']>>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        fieldTypes.set(node, typeInfo.getType());
      },
    }),
  );
  const fragments = fragmentsOf(document);
  const found: FoundField[] = [];
  const walk = (selectionSet: SelectionSetNode, path: string[], underList: boolean, seen: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (selection.name.value === '__typename') continue;
        const fieldType = fieldTypes.get(selection) ?? null;
        const named = fieldType ? getNamedType(fieldType) : null;
        const list = fieldType ? isListType(getNullableType(fieldType)) : false;
        found.push({
          node: selection,
          path: [...path, key],
          list,
          underList,
          typeName: named?.name ?? '',
          leaf: named ? isLeafType(named) : true,
        });
        if (selection.selectionSet) walk(selection.selectionSet, [...path, key], underList || list, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, path, underList, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value))
          walk(fragment.selectionSet, path, underList, new Set([...seen, fragment.name.value]));
      }
    }
  };
  walk(operation.selectionSet, [], false, new Set());
  return found;
}

function unusedVariableName(operation: OperationDefinitionNode, wanted: string): string {
  const taken = new Set((operation.variableDefinitions ?? []).map((d) => d.variable.name.value));
  let name = wanted;
  for (let n = 2; taken.has(name); n += 1) name = `${wanted}${n}`;
  return name;
}

/** Adds `after: $<variable>` and `pageInfo { hasNextPage endCursor }` to the connection field where missing. */
function withPaging(document: DocumentNode, connection: FieldNode, variable: string, declare: boolean): DocumentNode {
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
  const field = (value: string, selections?: FieldNode[]): FieldNode => ({
    kind: Kind.FIELD,
    name: name(value),
    ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
  });
  return visit(document, {
    OperationDefinition(node) {
      if (!declare) return undefined;
      return {
        ...node,
        variableDefinitions: [
          ...(node.variableDefinitions ?? []),
          {
            kind: Kind.VARIABLE_DEFINITION,
            variable: { kind: Kind.VARIABLE, name: name(variable) },
            type: { kind: Kind.NAMED_TYPE, name: name('String') },
          },
        ],
      };
    },
    Field(node) {
      if (node !== connection) return undefined;
      const args: ArgumentNode[] = [...(node.arguments ?? [])];
      if (!args.some((a) => a.name.value === 'after')) {
        args.push({ kind: Kind.ARGUMENT, name: name('after'), value: { kind: Kind.VARIABLE, name: name(variable) } });
      }
      const selections = [...(node.selectionSet?.selections ?? [])];
      const pageInfo = selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'pageInfo' && !s.alias);
      const wanted = ['hasNextPage', 'endCursor'];
      if (!pageInfo) {
        selections.push(
          field(
            'pageInfo',
            wanted.map((w) => field(w)),
          ),
        );
      } else {
        const have = new Set(pageInfo.selectionSet?.selections.flatMap((s) => (s.kind === Kind.FIELD && !s.alias ? [s.name.value] : [])));
        const missing = wanted.filter((w) => !have.has(w)).map((w) => field(w));
        if (missing.length) {
          selections[selections.indexOf(pageInfo)] = {
            ...pageInfo,
            selectionSet: { kind: Kind.SELECTION_SET, selections: [...(pageInfo.selectionSet?.selections ?? []), ...missing] },
          };
        }
      }
      return { ...node, arguments: args, selectionSet: { kind: Kind.SELECTION_SET, selections } };
    },
  });
}

function variableShapes(schema: GraphQLSchema, operation: OperationDefinitionNode, pagingVariable: string | null): ReportVariableShape[] {
  const uses = variableUses(operation);
  return (operation.variableDefinitions ?? [])
    .filter((definition) => definition.variable.name.value !== pagingVariable)
    .map((definition) => {
      const type = typeFromAST(schema, definition.type);
      const named = type ? getNamedType(type) : null;
      const typeNode: TypeNode = definition.type;
      return {
        name: definition.variable.name.value,
        type: print(typeNode),
        namedType: named?.name ?? '',
        required: typeNode.kind === Kind.NON_NULL_TYPE && !definition.defaultValue,
        list: type ? isListType(isNonNullType(type) ? type.ofType : type) : false,
        enumValues: named && isEnumType(named) ? named.getValues().map((v) => v.name) : null,
        defaultValue: definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : null,
        label: suggestedVariableLabel(definition.variable.name.value, uses.get(definition.variable.name.value)),
      };
    });
}

export interface AnalyseOptions {
  limits: Pick<GraphQLLimits, 'maxTokens' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost'>;
  /** Variables the cost is computed with (the report's defaults). */
  variables?: Record<string, unknown>;
  /** Add the paging variable and pageInfo where missing (when saving); a stored document is read as it is. */
  addPaging: boolean;
}

/** Reads and checks a document; problems are on the field `document` (the one a form shows them beside). */
export function analyseDocument(schema: GraphQLSchema, source: string, options: AnalyseOptions): Analysis {
  const fail = (kind: ProblemKind, message: string, extra: Partial<DocumentProblem> = {}): Analysis => ({
    ok: false,
    problems: [{ field: 'document', kind, message, ...extra }],
  });
  if (source.trim() === '') return fail('SYNTAX', 'クエリを入力してください。');
  if (source.length > MAX_DOCUMENT_LENGTH) return fail('SYNTAX', `クエリは${MAX_DOCUMENT_LENGTH}文字までです。`);
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: options.limits.maxTokens });
  } catch (error) {
    return fail('SYNTAX', `クエリの構文が正しくありません (${(error as GraphQLError).message})`);
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return fail('NOT_A_QUERY', 'クエリ (query) を1つだけ書いてください。');
  const [operation] = operations;
  if (operation.operation !== 'query') {
    return fail('NOT_A_QUERY', `レポートにできるのは query だけです (${operation.operation} は保存・実行できません)。`);
  }
  const rules: ValidationRule[] = [...specifiedRules, ...limitValidationRules({ ...options.limits } as GraphQLLimits)];
  const errors = validate(schema, document, rules);
  if (errors.length)
    return {
      ok: false,
      problems: errors.slice(0, 5).map((e) => ({ field: 'document', kind: 'INVALID' as const, message: describeValidationError(e) })),
    };
  let introspects = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') introspects = true;
    },
  });
  if (introspects) return fail('INVALID', 'スキーマの問い合わせ (__schema, __type) はレポートにできません。');

  let fields = fieldsOf(schema, document, operation);
  const connection = fields.find(
    (f) =>
      !f.underList &&
      f.typeName.endsWith('Connection') &&
      fields.some(
        (e) => e.path.length === f.path.length + 1 && e.path.join('.').startsWith(`${f.path.join('.')}.`) && e.path.at(-1) === 'edges',
      ),
  );
  let text = source;
  let pagingVariable: string | null = null;
  if (connection) {
    const after = connection.node.arguments?.find((a) => a.name.value === 'after');
    if (after && after.value.kind !== Kind.VARIABLE) {
      return fail('INVALID', `${connection.path.join('.')} の after には変数を指定してください (ページ送りに使います)。`);
    }
    pagingVariable = after?.value.kind === Kind.VARIABLE ? after.value.name.value : unusedVariableName(operation, 'after');
    const pageInfoComplete = ['hasNextPage', 'endCursor'].every((leaf) =>
      fields.some((f) => f.path.join('.') === [...connection.path, 'pageInfo', leaf].join('.') && f.node.alias === undefined),
    );
    if (!after || !pageInfoComplete) {
      if (!options.addPaging) return fail('INVALID', `${connection.path.join('.')} のページ送り (after, pageInfo) がありません。`);
      document = withPaging(document, connection.node, pagingVariable, !after);
      text = print(document);
      const [rewritten] = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      fields = fieldsOf(schema, document, rewritten);
      const again = validate(schema, document, rules);
      if (again.length) return fail('INVALID', describeValidationError(again[0]));
    }
  }
  const finalOperation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  // Priced with the report's default variables. Defaults that leave a variable the price depends
  // on unset (or do not coerce: the caller reports that beside the variables) cannot be priced
  // here; each run is priced anyway, as every request to /graphql is.
  let cost = 0;
  try {
    cost = operationCost(schema, document, options.variables ?? {}, finalOperation.name?.value);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  if (cost > options.limits.maxCost) {
    return fail(
      'TOO_COSTLY',
      `クエリのコスト (${cost}) が上限 (${options.limits.maxCost}) を超えています。first を小さくするか、取得するフィールドを減らしてください。`,
      { cost },
    );
  }
  const rowList = connection ? null : fields.find((f) => f.list && !f.underList && !f.leaf);
  return {
    ok: true,
    value: {
      text,
      hash: documentHash(text),
      operationName: finalOperation.name?.value ?? null,
      rowPath: connection ? [...connection.path, 'edges'] : rowList ? rowList.path : null,
      connectionPath: connection ? connection.path : null,
      pagingVariable,
      leafPaths: new Set(fields.filter((f) => f.leaf).map((f) => f.path.join('.'))),
      leafTypes: new Map(fields.filter((f) => f.leaf).map((f) => [f.path.join('.'), f.typeName])),
      variables: variableShapes(schema, finalOperation, pagingVariable),
    },
  };
}

const storedAnalyses = new WeakMap<GraphQLSchema, Map<string, Analysis>>();
const MAX_CACHED_ANALYSES = 1000;

/**
 * A stored document read against the current schema (as it is: nothing is added), remembered per
 * schema and text (a schema is built once per process, so a change of schema is a new process).
 */
export function storedDocumentAnalysis(
  schema: GraphQLSchema,
  text: string,
  limits: AnalyseOptions['limits'],
  variables: Record<string, unknown>,
): Analysis {
  let cache = storedAnalyses.get(schema);
  if (!cache) storedAnalyses.set(schema, (cache = new Map()));
  const key = `${documentHash(text)}:${JSON.stringify(variables)}`;
  let analysis = cache.get(key);
  if (!analysis) {
    analysis = analyseDocument(schema, text, { limits, variables, addPaging: false });
    if (cache.size >= MAX_CACHED_ANALYSES) cache.delete(cache.keys().next().value!);
    cache.set(key, analysis);
  }
  return analysis;
}
