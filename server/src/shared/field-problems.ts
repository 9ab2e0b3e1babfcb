import type { z } from 'zod';

/** One field-level problem, for forms that show errors beside each field. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A domain's verdict on some input, free of any transport: the value it will work with, or what is
 * wrong field by field. GraphQL turns problems into BAD_USER_INPUT (graphql/errors.ts), the REST
 * exports into a 400 body of the same shape.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * Zod issues as field problems: `fieldOf` names the field an issue's path belongs to, and each
 * field is reported once (its first message), however many of its list items are wrong.
 */
export function fieldProblems(issues: readonly z.core.$ZodIssue[], fieldOf: (path: readonly PropertyKey[]) => string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!problems.some((p) => p.field === field)) problems.push({ field, message: issue.message });
  }
  return problems;
}
