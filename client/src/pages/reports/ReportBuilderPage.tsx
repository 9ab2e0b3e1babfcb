import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { Fetcher } from '@graphiql/toolkit';
import { GraphQLError, type IntrospectionQuery } from 'graphql';
import { type FormEvent, lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { type ApiProblem, describeApiError } from '../../components/api-errors';
import { type Column, DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LeavePageDialog } from '../../components/LeavePageDialog';
import { LoadingStatus } from '../../components/StatusLine';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard';
import { graphql } from '../../gql';
import { SCREEN_PATHS, screenPath } from '../../screens';
import { useViewer } from '../../viewer';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { type ChosenColumn, ColumnPicker } from './ColumnPicker';
import { type ColumnFormat, defaultHeading, formatValue, type ResultField } from './report-columns';
import { canBuild } from './report-labels';
import { DestinationSelect } from './MoveForm';
import { ReportBuilderPage_Schema } from './report-schema';
import './reports.css';

// Monaco and GraphiQL (several MB) load only when the builder opens: no other screen downloads them.
const ReportQueryEditor = lazy(() => import('./ReportQueryEditor'));

/** The API's limit on a filter field's label (ReportVariableLabelInput.label). */
const VARIABLE_LABEL_MAX = 40;

/** Rows the preview table shows (the API answers the first page; a saved report pages through all). */
export const PREVIEW_ROWS = 20;

const ReportBuilderPage_Report = graphql(`
  query ReportBuilderPage_Report($id: ID!) {
    savedReport(id: $id) {
      id
      name
      document
      defaultVariables
      canEdit
      folder {
        id
      }
      columns {
        path
        heading
        format
      }
      variables {
        name
        type
        label
      }
    }
  }
`);

const ReportBuilderPage_Preview = graphql(`
  query ReportBuilderPage_Preview($document: String!, $variables: JSON) {
    previewReport(document: $document, variables: $variables) {
      columns {
        path
        format
        valueType
      }
      rows
      pageInfo {
        hasNextPage
      }
      variables {
        name
        type
        label
      }
    }
  }
`);

const ReportBuilderPage_Save = graphql(`
  mutation ReportBuilderPage_Save($input: SaveReportInput!) {
    saveReport(input: $input) {
      id
    }
  }
`);

const STARTING_QUERY = `# レポートにするクエリを書いてください（Ctrl+Space で候補、左の「ドキュメント」でスキーマを参照）。
query Report($prefectureCode: String!) {
  bedReport(filter: { prefectureCode: $prefectureCode }, first: 100) {
    edges {
      node {
        facility {
          name
        }
      }
    }
  }
}
`;
const STARTING_VARIABLES = '{\n  "prefectureCode": "13"\n}';

/** 新規レポート / レポートの編集: the query builder for analysts and the office (seed's レポート, issue 17). */
export function ReportBuilderPage() {
  const { id } = useParams();
  usePageTitle(id ? 'レポートの編集' : '新規レポート');
  return (
    <RequireSignIn>
      <BuilderGate id={id ?? null} />
    </RequireSignIn>
  );
}

function BuilderGate({ id }: { id: string | null }) {
  const viewer = useViewer();
  const heading = id ? 'レポートの編集' : '新規レポート';
  if (!canBuild(viewer.role)) {
    return (
      <>
        <h1>{heading}</h1>
        <p className="message message--notice">
          クエリからレポートを作るのは、分析担当と G-MIS 事務局のアカウントです。保存されたレポートは
          <Link to={SCREEN_PATHS.reportFolders}>すべてのフォルダ</Link>から実行できます。
        </p>
      </>
    );
  }
  return <BuilderLoader id={id} heading={heading} />;
}

/** A variable of the query as the builder labels it (the API derives a label until the author writes one). */
interface LabelledVariable {
  name: string;
  type: string;
  label: string;
}

interface BuilderStart {
  name: string;
  folderId: string;
  query: string;
  variables: string;
  columns: ChosenColumn[];
  labelled: LabelledVariable[];
}

function BuilderLoader({ id, heading }: { id: string | null; heading: string }) {
  const [params] = useSearchParams();
  const schema = useQuery(ReportBuilderPage_Schema, { fetchPolicy: 'no-cache' });
  const existing = useQuery(ReportBuilderPage_Report, { variables: { id: id ?? '' }, skip: !id });
  const problem = useApiProblem(schema.error ?? existing.error);
  const report = existing.data?.savedReport;
  const start = useMemo<BuilderStart | null>(() => {
    if (!id)
      return {
        name: '',
        folderId: params.get('folder') ?? '',
        query: STARTING_QUERY,
        variables: STARTING_VARIABLES,
        columns: [],
        labelled: [],
      };
    if (!report) return null;
    return {
      name: report.name,
      folderId: report.folder.id,
      query: report.document ?? '',
      variables: JSON.stringify(report.defaultVariables ?? {}, null, 2),
      columns: report.columns.map((c) => ({ path: c.path, heading: c.heading, format: c.format })),
      labelled: report.variables.map((v) => ({ name: v.name, type: v.type, label: v.label })),
    };
  }, [id, report, params]);

  if (!schema.data || !start) {
    return (
      <>
        <h1>{heading}</h1>
        <ErrorMessage problem={problem} />
        <LoadingStatus loading={!problem} />
      </>
    );
  }
  return <Builder id={id} heading={heading} schema={schema.data as unknown as IntrospectionQuery} start={start} />;
}

/** The API's format for a value, or a number format when every value the preview saw is a number. */
function suggestedFormat(format: ColumnFormat, values: readonly unknown[]): ColumnFormat {
  const seen = values.filter((v) => v !== null && v !== undefined);
  if (format !== 'TEXT' || seen.length === 0 || !seen.every((v) => typeof v === 'number')) return format;
  return seen.every((v) => Number.isInteger(v)) ? 'INTEGER' : 'DECIMAL';
}

interface Preview {
  /** Every value of the result (the column picker's choices), with the API's suggested format. */
  fields: ResultField[];
  /** The first page's rows, a cell per field. */
  rows: unknown[][];
  /** The query's variables with the labels the API derives for them. */
  variables: LabelledVariable[];
  problem: ApiProblem | null;
}

function Builder({ id, heading, schema, start }: { id: string | null; heading: string; schema: IntrospectionQuery; start: BuilderStart }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [query, setQuery] = useState(start.query);
  const [variables, setVariables] = useState(start.variables);
  const [name, setName] = useState(start.name);
  const [folderId, setFolderId] = useState(start.folderId);
  const [columns, setColumns] = useState<ChosenColumn[]>(start.columns);
  const startLabels = useMemo(() => Object.fromEntries(start.labelled.map((v) => [v.name, v.label])), [start.labelled]);
  const [labels, setLabels] = useState<Record<string, string>>(startLabels);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [local, setLocal] = useState<Record<string, string> | null>(null);
  const [save, saveState] = useMutation(ReportBuilderPage_Save);
  const saveProblem = useApiProblem(saveState.error);
  const { errors, edited } = useFieldErrors(saveProblem, local);
  const dirty =
    query !== start.query ||
    variables !== start.variables ||
    name !== start.name ||
    folderId !== start.folderId ||
    JSON.stringify(columns) !== JSON.stringify(start.columns) ||
    JSON.stringify(labels) !== JSON.stringify(startLabels);
  const guard = useUnsavedChangesGuard(dirty);

  // GraphiQL's 実行 runs the document through the API's preview (as the signed-in account, first
  // page only, every value as a column); the response pane shows each row keyed by its path.
  const fetcher = useCallback<Fetcher>(
    async ({ query: document, variables: given }) => {
      const result = await client.query({
        query: ReportBuilderPage_Preview,
        variables: { document, variables: given ?? null },
        fetchPolicy: 'no-cache',
        errorPolicy: 'all',
      });
      const problem = describeApiError(result.error);
      const page = problem ? null : result.data?.previewReport;
      // Paging plumbing (pageInfo, cursors) is the runner's, never a column.
      const all = page?.columns.map((c) => ({ path: c.path, format: c.format, valueType: c.valueType ?? null })) ?? [];
      const keep = all.map((f) => !/(^|\.)(pageInfo|cursor|__typename)(\.|$)/.test(f.path));
      const rows = ((page?.rows ?? []) as unknown[][]).map((row) => row.filter((_, i) => keep[i]));
      const fields = all
        .filter((_, i) => keep[i])
        .map((f, i) => ({
          ...f,
          format: suggestedFormat(
            f.format,
            rows.map((row) => row[i]),
          ),
        }));
      const variables = page?.variables.map((v) => ({ name: v.name, type: v.type, label: v.label })) ?? [];
      setPreview({ fields, rows, problem, variables });
      // A variable new to the query starts with the API's label; ones the author labelled keep theirs.
      setLabels((current) => ({ ...Object.fromEntries(variables.map((v) => [v.name, v.label])), ...current }));
      if (!page)
        return { errors: [new GraphQLError(problem?.fieldErrors[0]?.message ?? problem?.serverMessage ?? '実行できませんでした。')] };
      return {
        data: {
          rows: rows.map((row) => Object.fromEntries(fields.map((f, i) => [f.path, row[i]]))),
          hasNextPage: page.pageInfo.hasNextPage,
        },
      };
    },
    [client],
  );

  // A report being edited keeps its columns even before a preview has listed the result's values.
  const pickerFields = useMemo(() => {
    const fields = preview?.fields ?? [];
    const known = new Set(fields.map((f) => f.path));
    return [...fields, ...columns.filter((c) => !known.has(c.path)).map((c) => ({ path: c.path, format: c.format, valueType: null }))];
  }, [preview, columns]);
  const previewRows = useMemo(() => {
    if (!preview || columns.length === 0) return [];
    const at = columns.map((c) => preview.fields.findIndex((f) => f.path === c.path));
    return preview.rows.slice(0, PREVIEW_ROWS).map((row, index) => ({ index, values: at.map((i) => (i >= 0 ? row[i] : null)) }));
  }, [preview, columns]);
  const previewColumns = useMemo<Column<{ index: number; values: unknown[] }>[]>(() => {
    // A LABEL column names its values in the words of its field's enum, as the saved report will.
    const valueTypes = new Map((preview?.fields ?? []).map((f) => [f.path, f.valueType]));
    return columns.map((c, i) => ({
      key: `${i}`,
      header: c.heading || c.path,
      render: (row) => formatValue(row.values[i], c.format, valueTypes.get(c.path) ?? null),
      numeric: c.format === 'INTEGER' || c.format === 'DECIMAL' || c.format === 'PERCENT',
    }));
  }, [columns, preview]);
  // The filter form's fields: the variables of the query as last run (or as saved, before a run).
  const labelled = preview && !preview.problem ? preview.variables : start.labelled;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = 'レポート名を入力してください。';
    if (!folderId) found.folderId = '保存先のフォルダを選択してください。';
    if (columns.length === 0) found.columns = 'クエリを実行して、表示する列を選んでください。';
    columns.forEach((c, i) => {
      if (!c.heading.trim()) found[`columns.${i}.heading`] = '見出しを入力してください。';
    });
    labelled.forEach((v, i) => {
      const label = (labels[v.name] ?? v.label).trim();
      if (!label) found[`variableLabels.${i}.label`] = '項目名を入力してください。';
      else if (label.length > VARIABLE_LABEL_MAX)
        found[`variableLabels.${i}.label`] = `項目名は${VARIABLE_LABEL_MAX}文字以内で入力してください。`;
    });
    let defaults: unknown = null;
    try {
      defaults = variables.trim() ? JSON.parse(variables) : null;
    } catch {
      found.defaultVariables = '変数は JSON の形式で入力してください。';
    }
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    try {
      const saved = await save({
        variables: {
          input: {
            id,
            folderId,
            name: name.trim(),
            document: query,
            defaultVariables: defaults,
            columns: columns.map((c) => ({ path: c.path, heading: c.heading.trim(), format: c.format })),
            variableLabels: labelled.map((v) => ({ name: v.name, label: (labels[v.name] ?? v.label).trim() })),
          },
        },
      });
      if (!saved.data) return;
      guard.markSaved();
      void navigate(screenPath('report', { id: saved.data.saveReport.id }));
    } catch {
      // shown beside the fields
    }
  };

  return (
    <>
      <nav aria-label="パンくずリスト">
        <p className="breadcrumb">
          <Link to={SCREEN_PATHS.reports}>レポート</Link> ＞ {heading}
        </p>
      </nav>
      <h1>{heading}</h1>
      <p className="page-lead">
        API
        のクエリを書いて実行し、結果から表示する列を選んで、フォルダに保存します。保存したレポートは、実行した人の権限で結果を表示します。
      </p>
      <p className="message message--notice report-builder__phone-note">
        クエリの編集はパソコンの広い画面を想定しています。スマートフォンでは、保存済みレポートの実行がおすすめです。
      </p>
      <section aria-labelledby="query-heading">
        <h2 id="query-heading">クエリ</h2>
        <Suspense fallback={<LoadingStatus />}>
          <ReportQueryEditor
            schema={schema}
            fetcher={fetcher}
            initialQuery={start.query}
            initialVariables={start.variables}
            onEditQuery={setQuery}
            onEditVariables={setVariables}
          />
        </Suspense>
        {errors.document ? (
          <p className="form-field__error" id="document-error" role="alert">
            {errors.document}
          </p>
        ) : null}
        {errors.defaultVariables ? (
          <p className="form-field__error" id="variables-error" role="alert">
            {errors.defaultVariables}
          </p>
        ) : null}
      </section>
      <form aria-labelledby="save-heading" onSubmit={(e) => void submit(e)} noValidate>
        <section aria-labelledby="columns-heading">
          <h2 id="columns-heading">列とプレビュー</h2>
          <ErrorMessage problem={preview?.problem ?? null} />
          <ColumnPicker
            fields={pickerFields}
            chosen={columns}
            onChange={(next) => {
              setColumns(next);
              edited('columns');
            }}
            errors={errors}
            headingFor={defaultHeading}
          />
          {previewRows.length > 0 ? (
            <DataTable
              caption={`プレビュー（先頭${previewRows.length}行）`}
              columns={previewColumns}
              rows={previewRows}
              rowKey={(row) => String(row.index)}
            />
          ) : null}
        </section>
        <section className="report-panel" aria-labelledby="save-heading">
          <h2 id="save-heading">保存</h2>
          <ErrorMessage
            problem={saveProblem}
            fields={{
              name: { label: 'レポート名', id: 'report-name' },
              folderId: { label: '保存先フォルダ', id: 'report-folder' },
              ...Object.fromEntries(
                labelled.map((v, i) => [`variableLabels.${i}.label`, { label: `$${v.name} の項目名`, id: `variable-label-${v.name}` }]),
              ),
            }}
            focusOnShow
          />
          <FormField label="レポート名" required error={errors.name} maxLength={100}>
            <input
              className="input"
              id="report-name"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                edited('name');
              }}
            />
          </FormField>
          <DestinationSelect
            id="report-folder"
            label="保存先フォルダ"
            hint="フォルダの共有範囲の人がこのレポートを実行できます。"
            error={errors.folderId}
            value={folderId}
            onChange={(next) => {
              setFolderId(next);
              edited('folderId');
            }}
            emptyLabel="選択してください"
          />
          {labelled.length > 0 ? (
            <fieldset className="report-variable-labels">
              <legend>絞り込みの項目名</legend>
              <p className="form-field__hint">レポートを実行する画面で、クエリの変数の代わりに表示する名前です。</p>
              <div className="form-grid">
                {labelled.map((v, i) => (
                  <FormField
                    key={v.name}
                    label={`$${v.name} の項目名`}
                    required
                    hint={v.type}
                    error={errors[`variableLabels.${i}.label`] ?? errors[`variableLabels.${i}.name`]}
                    maxLength={VARIABLE_LABEL_MAX}
                  >
                    <input
                      className="input"
                      id={`variable-label-${v.name}`}
                      value={labels[v.name] ?? v.label}
                      onChange={(e) => {
                        setLabels((current) => ({ ...current, [v.name]: e.target.value }));
                        edited(`variableLabels.${i}.label`);
                      }}
                    />
                  </FormField>
                ))}
              </div>
            </fieldset>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={saveState.loading}>
              保存
            </button>
          </div>
        </section>
      </form>
      <LeavePageDialog blocker={guard.blocker} />
    </>
  );
}
