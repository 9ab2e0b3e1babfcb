import { useCallback, useMemo, useState } from 'react';
import { type ApiProblem, describeApiError, fieldErrorMap } from './api-errors';

/**
 * The problem of an Apollo error, the same object for as long as the error is: the error summary
 * then takes focus once per failed attempt, not again on every keystroke that re-renders the form.
 */
export function useApiProblem(error: unknown): ApiProblem | null {
  return useMemo(() => describeApiError(error), [error]);
}

type Source = ApiProblem | Readonly<Record<string, string>> | null | undefined;

const isProblem = (source: Source): source is ApiProblem => !!source && 'fieldErrors' in source && Array.isArray(source.fieldErrors);

export interface FieldErrors {
  /** Message to show beside each field, by API field name. */
  errors: Record<string, string>;
  /** The user changed this field: its message goes (it may no longer be true) until the next attempt. */
  edited: (field: string) => void;
}

/**
 * Field messages from an API problem and the form's own checks (later sources win for a field).
 * A message disappears once the user changes its field; a new problem or a new set of local
 * messages (the next 保存) shows everything it says again. Pass stable objects (useApiProblem,
 * state), since a new object counts as a new attempt.
 */
export function useFieldErrors(...sources: Source[]): FieldErrors {
  const [state, setState] = useState({ sources, edited: new Set<string>() });
  let edited = state.edited;
  if (state.sources.length !== sources.length || state.sources.some((s, i) => s !== sources[i])) {
    // A new attempt: adjust the state while rendering (React's pattern for state derived from props).
    edited = new Set();
    setState({ sources, edited });
  }
  const errors: Record<string, string> = {};
  for (const source of sources) Object.assign(errors, isProblem(source) ? fieldErrorMap(source) : (source ?? {}));
  for (const field of edited) delete errors[field];
  const markEdited = useCallback((field: string) => {
    setState((current) => (current.edited.has(field) ? current : { ...current, edited: new Set(current.edited).add(field) }));
  }, []);
  return { errors, edited: markEdited };
}
