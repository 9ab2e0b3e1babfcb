import { enumLabel } from '../../../../common/enum-labels';

/**
 * A saved report's filter form comes from its variables as the API describes them (ReportVariable):
 * one field per variable, its type deciding the control, a required one (non-null, no default)
 * marked 「*」. The variable the report pages with is the runner's, never a field (the API leaves
 * it out).
 */
export interface ReportVariableInfo {
  name: string;
  /** What the form calls the field (ReportVariable.label). */
  label: string;
  type: string;
  namedType: string;
  required: boolean;
  list: boolean;
  enumValues: readonly string[] | null;
  defaultValue?: unknown;
}

export type VariableControl = 'text' | 'integer' | 'number' | 'boolean' | 'enum' | 'list' | 'json';

const SCALAR_CONTROL: Record<string, VariableControl> = {
  Int: 'integer',
  Float: 'number',
  Boolean: 'boolean',
  String: 'text',
  ID: 'text',
  DateTimeISO: 'text',
};

export function controlOf(variable: ReportVariableInfo): VariableControl {
  const scalar = SCALAR_CONTROL[variable.namedType];
  if (variable.list) return scalar && scalar !== 'boolean' ? 'list' : variable.enumValues ? 'list' : 'json';
  if (variable.enumValues) return 'enum';
  // An input object (a filter, an order) is written as JSON.
  return scalar ?? 'json';
}

/**
 * What a choice (an enum value, or true/false) is called in the filter form: the words the rest of
 * the dashboard shows for the variable's enum (common/enum-labels.ts), so a report's choice reads 病院
 * or 制限 as the beds and facilities screens do, while the value sent stays the API's (HOSPITAL,
 * LIMITED). An enum without words shows its values as they are.
 */
export function choiceLabel(variable: ReportVariableInfo, value: string): string {
  if (variable.namedType === 'Boolean') return value === 'true' ? 'はい' : value === 'false' ? 'いいえ' : value;
  return enumLabel(variable.namedType, value) ?? value;
}

/** Any JSON value as text: strings and numbers as they are, anything else as JSON. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A value as its form control shows it. */
export function toInput(variable: ReportVariableInfo, value: unknown): string {
  if (value === null || value === undefined) return '';
  const control = controlOf(variable);
  if (control === 'list' && Array.isArray(value)) return value.map(textOf).join(', ');
  if (control === 'json') return JSON.stringify(value);
  return textOf(value);
}

/** The form's starting text: the report's defaults. */
export function initialInputs(variables: readonly ReportVariableInfo[]): Record<string, string> {
  return Object.fromEntries(variables.map((v) => [v.name, toInput(v, v.defaultValue)]));
}

/**
 * The form's text back into variables, with a message per field that cannot be read (shown
 * beside it). Empty optional fields are sent as null.
 */
export function fromInputs(
  fields: readonly ReportVariableInfo[],
  inputs: Readonly<Record<string, string>>,
): { variables: Record<string, unknown>; errors: Record<string, string> } {
  const variables: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const text = (inputs[field.name] ?? '').trim();
    if (text === '') {
      if (field.required)
        errors[field.name] = field.enumValues || field.namedType === 'Boolean' ? '選択してください。' : '入力してください。';
      else variables[field.name] = null;
      continue;
    }
    switch (controlOf(field)) {
      case 'integer':
        if (!/^-?\d+$/.test(text)) errors[field.name] = '整数で入力してください。';
        else variables[field.name] = Number(text);
        break;
      case 'number':
        if (Number.isNaN(Number(text))) errors[field.name] = '数値で入力してください。';
        else variables[field.name] = Number(text);
        break;
      case 'boolean':
        variables[field.name] = text === 'true';
        break;
      case 'list': {
        const items = text
          .split(/[,、\s]+/)
          .map((s) => s.trim())
          .filter(Boolean);
        const numeric = field.namedType === 'Int' || field.namedType === 'Float';
        if (numeric && items.some((item) => Number.isNaN(Number(item)))) errors[field.name] = '数値をカンマで区切って入力してください。';
        else variables[field.name] = numeric ? items.map(Number) : items;
        break;
      }
      case 'json':
        try {
          variables[field.name] = JSON.parse(text);
        } catch {
          errors[field.name] = 'JSON の形式で入力してください（例: {"prefectureCode": "13"}）。';
        }
        break;
      default:
        variables[field.name] = text;
    }
  }
  return { variables, errors };
}
