import { Kind, type OperationDefinitionNode, type ValueNode, visit } from 'graphql';
import { badUserInput } from '../graphql/errors';
import type { FieldProblem } from '../shared/field-problems';

/**
 * The label a saved report's filter form shows for a variable of its query. The author may write
 * one per variable in the builder (stored with the report); without one the label comes from the
 * argument or input field the variable is passed to (`filter: { prefectureCode: $pref }` →
 * 都道府県コード), then from the variable's own name, and otherwise is the name itself.
 */
export const KNOWN_ARGUMENT_LABELS: Readonly<Record<string, string>> = {
  prefectureCode: '都道府県コード',
  prefecture: '都道府県',
  workPrefectureCode: '勤務地の都道府県コード',
  areaCode: '二次医療圏コード',
  secondaryMedicalAreaCode: '二次医療圏コード',
  area: '二次医療圏',
  facilityCode: '医療機関コード',
  facilityId: '医療機関',
  first: '表示件数',
  search: 'レポートテーブルを検索',
  keyword: 'キーワード',
  text: '検索文字列',
  kind: '施設類型',
  categories: 'カテゴリ',
  category: 'カテゴリ',
  status: '状況',
  staffing: '職員の充足状況',
  staleOnly: '更新遅れのみ',
  inpatientAcceptance: '入院受入',
  outpatientAcceptance: '外来受入',
  emergencyAcceptance: '救急受入',
  minVacant: '空床数の下限',
  minVacantTotal: '空床数の下限',
  occupation: '職種',
  employmentType: '雇用形態',
  published: '公開中のみ',
  days: '日数',
  date: '日付',
  start: '開始日',
  end: '終了日',
  since: '開始日時',
  until: '終了日時',
  orderBy: '並び順',
  direction: '並びの向き',
  filter: '絞り込み条件',
};

export const MAX_VARIABLE_LABEL_LENGTH = 40;

function variablesIn(value: ValueNode): string[] {
  if (value.kind === Kind.VARIABLE) return [value.name.value];
  if (value.kind === Kind.LIST) return value.values.flatMap(variablesIn);
  return [];
}

/** Each variable's first use: the name of the argument or input field it is passed to. */
export function variableUses(operation: OperationDefinitionNode): Map<string, string> {
  const uses = new Map<string, string>();
  const note = (name: string, value: ValueNode) => {
    for (const variable of variablesIn(value)) if (!uses.has(variable)) uses.set(variable, name);
  };
  visit(operation, {
    Argument: (node) => note(node.name.value, node.value),
    ObjectField: (node) => note(node.name.value, node.value),
  });
  return uses;
}

export function suggestedVariableLabel(variable: string, usedAs: string | undefined): string {
  return (usedAs && KNOWN_ARGUMENT_LABELS[usedAs]) || KNOWN_ARGUMENT_LABELS[variable] || variable;
}

export interface VariableLabelValue {
  name: string;
  label: string;
}

/**
 * The labels an author gave, checked against the query's variables: each names one of them once,
 * and is 1–40 characters (NFKC); problems sit beside their row (`variableLabels.2.label`).
 */
export function checkedVariableLabels(
  given: readonly VariableLabelValue[] | null | undefined,
  variables: readonly string[],
): Record<string, string> {
  const known = new Set(variables);
  const labels: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  (given ?? []).forEach(({ name, label }, i) => {
    if (!known.has(name) || name in labels) {
      problems.push({ field: `variableLabels.${i}.name`, message: `クエリにない変数です: ${name}` });
      return;
    }
    const text = label.normalize('NFKC').trim();
    if (text.length < 1 || text.length > MAX_VARIABLE_LABEL_LENGTH) {
      problems.push({ field: `variableLabels.${i}.label`, message: `項目名を1〜${MAX_VARIABLE_LABEL_LENGTH}文字で入力してください。` });
    }
    labels[name] = text;
  });
  if (problems.length) throw badUserInput(problems[0].message, problems);
  return labels;
}

/**
 * The filter a run used, in words for a mail (絞り込み: 都道府県コード=13、表示件数=50): each variable
 * given a value, under its label, in the query's order; null when nothing was filtered.
 */
export function describeFilter(
  variables: readonly { name: string; label: string }[],
  labels: Readonly<Record<string, string>>,
  values: Readonly<Record<string, unknown>>,
): string | null {
  const text = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(text).join('・');
    if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return JSON.stringify(value);
  };
  const parts = variables
    .filter((v) => values[v.name] !== undefined && values[v.name] !== null)
    .map((v) => `${labels[v.name] ?? v.label}=${text(values[v.name])}`);
  return parts.length ? `絞り込み: ${parts.join('、')}` : null;
}
