import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { ApiProblem } from '../../components/api-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type Column, DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LoadingStatus } from '../../components/StatusLine';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import type { ReportRunPage_AreasQuery, ReportRunPage_ReportQuery } from '../../gql/graphql';
import { SCREEN_PATHS, screenPath } from '../../screens';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { formatValue } from './report-columns';
import { builtInPath, formatUpdated } from './report-labels';
import { choiceLabel, controlOf, fromInputs, initialInputs, type ReportVariableInfo, type VariableControl } from './report-variables';
import { MoveForm } from './MoveForm';
import { ReportExport } from './ReportExport';
import { ReportSubscriptionForm } from './ReportSubscriptionForm';
import './reports.css';

const ReportRunPage_Report = graphql(`
  query ReportRunPage_Report($id: ID!) {
    savedReport(id: $id) {
      id
      name
      builtIn
      canEdit
      createdBy
      updatedAt
      folder {
        id
        name
        ancestors {
          id
          name
        }
      }
      columns {
        path
        heading
        format
        valueType
      }
      variables {
        name
        label
        type
        namedType
        required
        list
        enumValues
        defaultValue
      }
      problem {
        code
        message
      }
      mySubscription {
        id
        frequency
        weekday
        time
        encoding
      }
    }
  }
`);

const ReportRunPage_Run = graphql(`
  query ReportRunPage_Run($id: ID!, $variables: JSON, $after: String) {
    runReport(id: $id, variables: $variables, after: $after) {
      rows
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The prefectures as the 報告状況 screen lists them (the same query, one cache entry). */
const ReportRunPage_Prefectures = graphql(`
  query ReportRunPage_Prefectures {
    prefectures {
      code
      name
    }
  }
`);

/**
 * The 二次医療圏 a report's area field offers: the viewer's own prefecture's (a health centre, a
 * hospital, a prefecture), or, for those of no prefecture (the office, analysts), all 330 under
 * their prefectures; the form's 都道府県, once chosen, narrows them to its own.
 */
const ReportRunPage_Areas = graphql(`
  query ReportRunPage_Areas {
    viewer {
      prefecture {
        code
      }
    }
    secondaryMedicalAreas {
      code
      name
      prefecture {
        code
        name
      }
    }
  }
`);

const ReportRunPage_Move = graphql(`
  mutation ReportRunPage_Move($id: ID!, $folderId: ID!) {
    moveReport(id: $id, folderId: $folderId) {
      id
      folder {
        id
        name
        ancestors {
          id
          name
        }
      }
    }
  }
`);

const ReportRunPage_Delete = graphql(`
  mutation ReportRunPage_Delete($id: ID!) {
    deleteReport(id: $id)
  }
`);

type Report = ReportRunPage_ReportQuery['savedReport'];
interface Row {
  index: number;
  cells: unknown[];
}

/**
 * A saved report: its filter form (from the query's variables), the result of the first page in the
 * shared table (次へ follows the connection), エクスポート of every row as CSV or JSON, and 購読.
 * A report whose query no longer fits the schema says why instead of failing.
 */
export function ReportRunPage() {
  return (
    <RequireSignIn>
      <ReportLoader />
    </RequireSignIn>
  );
}

function ReportLoader() {
  const { id = '' } = useParams();
  const result = useQuery(ReportRunPage_Report, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const report = result.data?.savedReport;
  usePageTitle(report?.name ?? 'レポート');
  const problem = useApiProblem(result.error);
  if (!report) {
    return (
      <>
        <h1>レポート</h1>
        <ErrorMessage problem={problem} />
        <LoadingStatus loading={result.loading} />
      </>
    );
  }
  if (report.builtIn) return <Navigate to={builtInPath(report.builtIn)} replace />;
  return <ReportRun report={report} onSubscriptionChange={() => void result.refetch()} />;
}

function Breadcrumb({ report }: { report: Report }) {
  return (
    <nav aria-label="パンくずリスト">
      <p className="breadcrumb">
        <Link to={SCREEN_PATHS.reports}>レポート</Link> ＞ <Link to={SCREEN_PATHS.reportFolders}>すべてのフォルダ</Link>
        {[...report.folder.ancestors, report.folder].map((f) => (
          <span key={f.id}>
            {' ＞ '}
            <Link to={screenPath('reportFolder', { id: f.id })}>{f.name}</Link>
          </span>
        ))}
      </p>
    </nav>
  );
}

function ReportRun({ report, onSubscriptionChange }: { report: Report; onSubscriptionChange: () => void }) {
  const [inputs, setInputs] = useState(() => initialInputs(report.variables as ReportVariableInfo[]));
  const [local, setLocal] = useState<Record<string, string> | null>(null);
  // Whether the run shown is the one made on opening (with the report's defaults), not one the runner asked for.
  const [automatic, setAutomatic] = useState(true);
  // Fields the first run showed to be needed though the query lets them be left out (報告状況 needs
  // a 都道府県 from an analyst): marked required, as if the query had said so.
  const [needed, setNeeded] = useState<ReadonlySet<string>>(new Set());
  const variables = useMemo(
    () => (report.variables as ReportVariableInfo[]).map((v) => (needed.has(v.name) ? { ...v, required: true } : v)),
    [report.variables, needed],
  );
  // The variables of the run shown (the form's text is only read on 実行).
  const [applied, setApplied] = useState<Record<string, unknown> | null>(() => {
    const first = fromInputs(variables, initialInputs(variables));
    return Object.keys(first.errors).length === 0 ? first.variables : null;
  });
  const pages = useCursorPages(0);
  const [offset, setOffset] = useState<number[]>([]);
  const run = useQuery(ReportRunPage_Run, {
    variables: { id: report.id, variables: applied, after: pages.after },
    skip: applied === null || report.problem !== null,
    fetchPolicy: 'network-only',
  });
  const apiProblem = useApiProblem(run.error);
  // The run made on opening failed only for want of values in fields that have no default: that is the form
  // asking for them, not an error: show it with those fields marked required and no message.
  const wantsInput =
    automatic &&
    apiProblem?.code === 'BAD_USER_INPUT' &&
    apiProblem.fieldErrors.length > 0 &&
    apiProblem.fieldErrors.every((e) => variables.some((v) => v.name === e.field && (v.defaultValue ?? '') === ''));
  const wanted = wantsInput ? apiProblem.fieldErrors.map((e) => e.field) : [];
  if (wanted.some((name) => !needed.has(name))) setNeeded(new Set([...needed, ...wanted]));
  const runProblem = wantsInput ? null : apiProblem;
  const shown = wantsInput ? null : applied;
  // A report that reads what the viewer may not see (地域病床見える化 for a recruitment ID) can be
  // neither exported nor mailed: those are not offered, beyond ending a subscription already made.
  const forbidden = runProblem?.code === 'FORBIDDEN';
  const { errors, edited } = useFieldErrors(runProblem, local);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const page = run.data?.runReport;
  const rows = useMemo<Row[]>(() => ((page?.rows ?? []) as unknown[][]).map((cells, index) => ({ index, cells })), [page]);
  const columns = useMemo<Column<Row>[]>(
    () =>
      report.columns.map((c, i) => ({
        key: `${i}`,
        header: c.heading,
        render: (row) => formatValue(row.cells[i], c.format, c.valueType ?? null),
        numeric: c.format === 'INTEGER' || c.format === 'DECIMAL' || c.format === 'PERCENT',
        nowrap: c.format === 'DATE' || c.format === 'DATE_TIME',
        rowHeader: i === 0,
      })),
    [report.columns],
  );
  const firstRow = offset.reduce((a, b) => a + b, 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = fromInputs(variables, inputs);
    setLocal(read.errors);
    if (Object.keys(read.errors).length > 0) return;
    setAutomatic(false);
    pages.reset();
    setOffset([]);
    setApplied(read.variables);
  };

  return (
    <>
      <Breadcrumb report={report} />
      <h1>{report.name}</h1>
      <p className="page-lead">
        {report.createdBy ? `作成者: ${report.createdBy}・` : ''}更新 {formatUpdated(report.updatedAt)}
        。結果は、あなたの権限で参照できる範囲です。
      </p>
      {report.canEdit ? <ReportEditActions report={report} /> : null}
      {report.problem ? (
        <div className="report-broken" role="alert">
          <p className="message__title">このレポートは現在実行できません。</p>
          <p className="report-broken__reason">{report.problem.message}</p>
          <p>{report.canEdit ? '「編集」からクエリを直して保存し直してください。' : 'レポートの作成者に修正を依頼してください。'}</p>
        </div>
      ) : (
        <>
          {variables.length > 0 ? (
            <VariablesForm
              variables={variables}
              inputs={inputs}
              errors={errors}
              problem={runProblem}
              onChange={(name, value) => {
                setInputs((current) => ({ ...current, [name]: value }));
                edited(name);
              }}
              onSubmit={submit}
            />
          ) : (
            <ErrorMessage problem={runProblem} />
          )}
          <section aria-labelledby="report-result-heading">
            <div className="result-header">
              <h2 id="report-result-heading" ref={resultHeading} tabIndex={-1}>
                結果
              </h2>
              {shown && !forbidden ? <ReportExport reportId={report.id} variables={shown} /> : null}
            </div>
            <LoadingStatus loading={run.loading} />
            {page ? (
              <>
                <p className="result-summary__count" role="status">
                  {rows.length === 0 ? '該当するデータはありません。' : `${firstRow + 1}〜${firstRow + rows.length}件目を表示`}
                  {page.pageInfo.hasNextPage ? '（続きがあります）' : ''}
                </p>
                <DataTable caption={report.name} captionHidden columns={columns} rows={rows} rowKey={(row) => String(row.index)} />
                {pages.previous || page.pageInfo.hasNextPage ? (
                  <nav className="pager" aria-label="ページ送り">
                    <div className="pager__buttons">
                      {pages.first ? (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => {
                            setOffset([]);
                            pages.first?.();
                          }}
                        >
                          最初へ
                        </button>
                      ) : null}
                      {pages.previous ? (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => {
                            setOffset((o) => o.slice(0, -1));
                            pages.previous?.();
                          }}
                        >
                          前へ
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="button button--primary"
                        disabled={!page.pageInfo.hasNextPage || run.loading}
                        onClick={() => {
                          if (!page.pageInfo.endCursor) return;
                          setOffset((o) => [...o, rows.length]);
                          pages.next(page.pageInfo.endCursor);
                          resultHeading.current?.focus();
                        }}
                      >
                        次へ
                      </button>
                    </div>
                  </nav>
                ) : null}
              </>
            ) : null}
          </section>
          {shown && (!forbidden || report.mySubscription) ? (
            <ReportSubscriptionForm
              key={report.mySubscription?.id ?? 'none'}
              reportId={report.id}
              variables={shown}
              current={report.mySubscription}
              onChange={onSubscriptionChange}
            />
          ) : null}
        </>
      )}
    </>
  );
}

/**
 * 編集, 移動 (into any folder the account may write into, shown by its path) and 削除 (asked
 * first) for those who may edit the report; the API's errors sit beside the field they are about.
 */
function ReportEditActions({ report }: { report: Report }) {
  const navigate = useNavigate();
  const [moving, setMoving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [move, moveState] = useMutation(ReportRunPage_Move, { refetchQueries: ['ReportFolderPage_Folder'] });
  const [remove, removeState] = useMutation(ReportRunPage_Delete, { refetchQueries: ['ReportFolderPage_Folder'] });
  const moveProblem = useApiProblem(moveState.error);
  const deleteProblem = useApiProblem(removeState.error);
  return (
    <>
      {moving ? null : (
        <div className="report-actions">
          <Link className="button button--secondary" to={screenPath('reportEdit', { id: report.id })} reloadDocument>
            編集
          </Link>
          <button type="button" className="button button--secondary" onClick={() => setMoving(true)}>
            移動
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(true)}>
            削除
          </button>
        </div>
      )}
      <ErrorMessage problem={deleteProblem} focusOnShow />
      {moving ? (
        <MoveForm
          heading="レポートの移動"
          field="folderId"
          hint="移動先のフォルダの共有範囲の人が、このレポートを実行できるようになります。"
          current={report.folder.id}
          allowTop={false}
          problem={moveProblem}
          saving={moveState.loading}
          onCancel={() => setMoving(false)}
          onMove={async (folderId) => {
            if (!folderId) return;
            try {
              await move({ variables: { id: report.id, folderId } });
              setMoving(false);
            } catch {
              // shown beside the field
            }
          }}
        />
      ) : null}
      <ConfirmDialog
        open={confirmDelete}
        title={`レポート「${report.name}」を削除しますか？`}
        confirmLabel="削除する"
        cancelLabel="削除しない"
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          void remove({ variables: { id: report.id } })
            .then(() => navigate(screenPath('reportFolder', { id: report.folder.id }), { replace: true }))
            .catch(() => undefined);
        }}
      >
        <p>削除したレポートは元に戻せません。このレポートの購読（メール）もすべて止まります。</p>
      </ConfirmDialog>
    </>
  );
}

interface VariablesFormProps {
  variables: readonly ReportVariableInfo[];
  inputs: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  problem: ApiProblem | null;
  onChange: (name: string, value: string) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/** How to write a value, for the controls where it is not plain (the GraphQL type is the builder's business, not the runner's). */
const VARIABLE_HINT: Partial<Record<VariableControl, string>> = {
  integer: '整数',
  number: '数値',
  list: 'カンマ区切りで複数入力できます',
  json: 'JSON の形式（例: {"prefectureCode": "13"}）',
};

/**
 * 絞り込み: one field per variable of the report's query, named by its label (the author's, or one
 * the API derives from the argument: 都道府県, never $prefectureCode); required ones carry
 * 「*」, messages sit beside their field.
 */
function VariablesForm({ variables, inputs, errors, problem, onChange, onSubmit }: VariablesFormProps) {
  const choosesPrefecture = variables.some(isPrefectureVariable);
  const prefectures = useQuery(ReportRunPage_Prefectures, { skip: !choosesPrefecture });
  const areas = useQuery(ReportRunPage_Areas, { skip: !variables.some(isAreaVariable) });
  const prefectureVariable = variables.find(isPrefectureVariable);
  // The prefecture whose areas are offered: the one chosen in the form, else the viewer's own (none: every area).
  const areaPrefecture = (prefectureVariable && inputs[prefectureVariable.name]) || areas.data?.viewer?.prefecture?.code || '';
  const directory = Object.fromEntries(variables.map((v) => [v.name, { label: fieldLabel(v), id: `variable-${v.name}` }]));
  const change = (variable: ReportVariableInfo, value: string) => {
    onChange(variable.name, value);
    if (!isPrefectureVariable(variable) || !value) return;
    // An area of another prefecture is no longer a choice once a prefecture is chosen.
    for (const area of variables.filter(isAreaVariable)) {
      const code = inputs[area.name];
      const known = areas.data?.secondaryMedicalAreas.find((a) => a.code === code);
      if (known && known.prefecture.code !== value) onChange(area.name, '');
    }
  };
  return (
    <form className="form-panel" aria-labelledby="report-filter-heading" onSubmit={onSubmit} noValidate>
      <h2 id="report-filter-heading">絞り込み</h2>
      <ErrorMessage problem={problem} fields={directory} />
      <div className="form-grid">
        {variables.map((v) => {
          const control = controlOf(v);
          const id = `variable-${v.name}`;
          const value = inputs[v.name] ?? '';
          if (control === 'list' && v.enumValues)
            return (
              <ChoiceList
                key={v.name}
                variable={v}
                id={id}
                value={value}
                error={errors[v.name]}
                onChange={(next) => onChange(v.name, next)}
              />
            );
          return (
            <FormField
              key={v.name}
              label={fieldLabel(v)}
              required={v.required}
              error={errors[v.name]}
              hint={v.namedType === 'DateTimeISO' ? '日時（例: 2026-12-01T09:00:00+09:00）' : VARIABLE_HINT[control]}
            >
              {isAreaVariable(v) ? (
                <AreaSelect
                  id={id}
                  variable={v}
                  value={value}
                  prefectureCode={areaPrefecture}
                  areas={areas.data?.secondaryMedicalAreas ?? null}
                  onChange={(next) => change(v, next)}
                />
              ) : isPrefectureVariable(v) ? (
                <select className="select" id={id} value={value} onChange={(e) => change(v, e.target.value)}>
                  <option value="">{v.required ? '選択してください' : '指定しない'}</option>
                  {(prefectures.data?.prefectures ?? []).map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.name}
                    </option>
                  ))}
                  {value && !prefectures.data?.prefectures.some((p) => p.code === value) ? <option value={value}>{value}</option> : null}
                </select>
              ) : control === 'enum' || control === 'boolean' ? (
                <select className="select" id={id} value={value} onChange={(e) => onChange(v.name, e.target.value)}>
                  <option value="">{v.required ? '選択してください' : '指定しない'}</option>
                  {(control === 'boolean' ? ['true', 'false'] : (v.enumValues ?? [])).map((option) => (
                    <option key={option} value={option}>
                      {choiceLabel(v, option)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  className="input"
                  id={id}
                  inputMode={control === 'integer' ? 'numeric' : control === 'number' ? 'decimal' : undefined}
                  value={value}
                  onChange={(e) => onChange(v.name, e.target.value)}
                />
              )}
            </FormField>
          );
        })}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          実行
        </button>
      </div>
    </form>
  );
}

/**
 * The field's label. A prefecture or 二次医療圏 is chosen here by its name, so a label asking for its
 * code (the API's 都道府県コード for $prefectureCode, or an author's) names the thing instead: the
 * reader picks 東京都, not 13.
 */
function fieldLabel(variable: ReportVariableInfo): string {
  if (!isPrefectureVariable(variable) && !isAreaVariable(variable)) return variable.label;
  return variable.label.replace(/\s*コード$/, '') || variable.label;
}

/** A variable that takes one prefecture's code (prefectureCode, prefecture): chosen by name from the 47 prefectures. */
function isPrefectureVariable(variable: ReportVariableInfo): boolean {
  return (variable.name === 'prefectureCode' || variable.name === 'prefecture') && controlOf(variable) === 'text';
}

/** A variable that takes one 二次医療圏's code (areaCode, secondaryMedicalAreaCode, area): chosen by name. */
function isAreaVariable(variable: ReportVariableInfo): boolean {
  return ['areaCode', 'secondaryMedicalAreaCode', 'area'].includes(variable.name) && controlOf(variable) === 'text';
}

type Area = NonNullable<ReportRunPage_AreasQuery['secondaryMedicalAreas']>[number];

/**
 * 二次医療圏 by name, sending its code: those of `prefectureCode`, or all of them under their
 * prefectures' names. A value the list does not hold (a report's default the schema's areas no
 * longer have) stays chosen as 「コード（不明なコード）」, and the API's refusal of it is shown beside
 * the field as for any other value.
 */
function AreaSelect({
  id,
  variable,
  value,
  prefectureCode,
  areas,
  onChange,
}: {
  id: string;
  variable: ReportVariableInfo;
  value: string;
  prefectureCode: string;
  areas: readonly Area[] | null;
  onChange: (value: string) => void;
}) {
  const offered = (areas ?? []).filter((a) => !prefectureCode || a.prefecture.code === prefectureCode);
  const groups = new Map<string, Area[]>();
  for (const area of offered) groups.set(area.prefecture.name, [...(groups.get(area.prefecture.name) ?? []), area]);
  // A value not offered: an area of another prefecture by its name, a code no area has as such (or, while loading, the code).
  const outside = (code: string) => {
    const known = areas?.find((a) => a.code === code);
    if (known) return `${known.name}（${known.prefecture.name}）`;
    return areas ? `${code}（不明なコード）` : code;
  };
  const option = (a: Area) => (
    <option key={a.code} value={a.code}>
      {a.name}
    </option>
  );
  return (
    <select className="select" id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{variable.required ? '選択してください' : '指定しない'}</option>
      {prefectureCode
        ? offered.map(option)
        : [...groups].map(([prefecture, list]) => (
            <optgroup key={prefecture} label={prefecture}>
              {list.map(option)}
            </optgroup>
          ))}
      {value && !offered.some((a) => a.code === value) ? <option value={value}>{outside(value)}</option> : null}
    </select>
  );
}

/**
 * A variable that takes several of an enum's values (受入状況 NORMAL and LIMITED): one checkbox per
 * value in the dashboard's words. The choice is kept as the same comma-separated text the other
 * list fields use, so reading the form back is one rule for all.
 */
function ChoiceList({
  variable,
  id,
  value,
  error,
  onChange,
}: {
  variable: ReportVariableInfo;
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const chosen = new Set(value.split(/[,、\s]+/).filter(Boolean));
  const options = variable.enumValues ?? [];
  const toggle = (option: string, on: boolean) => {
    if (on) chosen.add(option);
    else chosen.delete(option);
    onChange(options.filter((o) => chosen.has(o)).join(', '));
  };
  // Laid out as a FormField (label, hint, control, error in the grid's rows), the checkboxes named as a group by the label.
  return (
    <div className="form-field">
      <div className="form-field__label">
        {variable.required ? (
          <span className="form-field__asterisk" aria-hidden="true">
            *
          </span>
        ) : null}
        <span id={`${id}-label`}>
          {variable.label}
          {variable.required ? <span className="visually-hidden">必須</span> : null}
        </span>
      </div>
      <p className="form-field__hint" id={`${id}-hint`}>
        {variable.required ? 'いくつでも選べます' : 'いくつでも選べます（選ばなければ指定しない）'}
      </p>
      {/* tabIndex -1: the error summary's link moves focus to the group. */}
      <div
        className="report-choices"
        role="group"
        id={id}
        tabIndex={-1}
        aria-labelledby={`${id}-label`}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      >
        {options.map((option) => (
          <div className="checkbox-field" key={option}>
            <input type="checkbox" id={`${id}-${option}`} checked={chosen.has(option)} onChange={(e) => toggle(option, e.target.checked)} />
            <label htmlFor={`${id}-${option}`}>{choiceLabel(variable, option)}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p className="form-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
