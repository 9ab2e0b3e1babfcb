// GraphiQL 5 edits in Monaco, whose language services run in web workers: Vite must know the
// worker entry points ahead of time (GraphiQL's documented set-up for Vite). This module is only
// ever loaded lazily (ReportBuilderPage), so no other screen downloads Monaco.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import type { Fetcher, Storage } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import type { IntrospectionQuery } from 'graphql';
import { useState } from 'react';

export interface ReportQueryEditorProps {
  /** The API's schema as introspection (completion, checks and the docs). */
  schema: IntrospectionQuery;
  /** Runs the document being edited (the preview) and answers as /graphql would. */
  fetcher: Fetcher;
  initialQuery: string;
  initialVariables: string;
  onEditQuery: (query: string) => void;
  onEditVariables: (variables: string) => void;
}

/**
 * GraphiQL keeps tabs, history and variables in localStorage by default; a report's text belongs
 * in the report (saved on the server), not in a shared computer's browser. One store per editor.
 */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  };
}

/**
 * The builder's editor: GraphiQL with the API's schema (completion, error marks and the
 * documentation explorer), running documents through the dashboard's preview. Headers are not
 * offered: the session cookie is what authenticates, and an analyst's token must not be typed here.
 */
export default function ReportQueryEditor({
  schema,
  fetcher,
  initialQuery,
  initialVariables,
  onEditQuery,
  onEditVariables,
}: ReportQueryEditorProps) {
  const [storage] = useState(memoryStorage);
  return (
    <div className="report-editor" data-testid="report-editor">
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        storage={storage}
        initialQuery={initialQuery}
        initialVariables={initialVariables}
        defaultEditorToolsVisibility="variables"
        isHeadersEditorEnabled={false}
        shouldPersistHeaders={false}
        forcedTheme="light"
        onEditQuery={onEditQuery}
        onEditVariables={onEditVariables}
      />
    </div>
  );
}
