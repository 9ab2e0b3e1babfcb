import { FormField } from '../../components/FormField';
import { type ColumnFormat, FORMAT_LABELS, type ResultField } from './report-columns';

export interface ChosenColumn {
  path: string;
  heading: string;
  format: ColumnFormat;
}

interface ColumnPickerProps {
  /** The result's leaf fields (from the latest preview), in the query's order. */
  fields: readonly ResultField[];
  chosen: readonly ChosenColumn[];
  onChange: (chosen: ChosenColumn[]) => void;
  /** Messages by API field (`columns`, `columns.2.heading`), shown beside the column they are about. */
  errors: Readonly<Record<string, string>>;
  /** A heading to start from when a field is picked. */
  headingFor: (path: string) => string;
}

const FORMATS = Object.keys(FORMAT_LABELS) as ColumnFormat[];

/**
 * 列の選択: one row per field of the result (paths into the connection's edges and nodes); a
 * picked field becomes a column with a Japanese heading and a format (how the table and the CSV
 * write it). Columns keep the order they were picked in.
 */
export function ColumnPicker({ fields, chosen, onChange, errors, headingFor }: ColumnPickerProps) {
  const indexOf = (path: string) => chosen.findIndex((c) => c.path === path);
  const update = (path: string, patch: Partial<ChosenColumn>) => onChange(chosen.map((c) => (c.path === path ? { ...c, ...patch } : c)));
  const toggle = (field: ResultField, on: boolean) =>
    onChange(
      on
        ? [...chosen, { path: field.path, heading: headingFor(field.path), format: field.format }]
        : chosen.filter((c) => c.path !== field.path),
    );

  return (
    <fieldset className="column-picker" aria-describedby={errors.columns ? 'columns-error' : undefined}>
      <legend>列の選択</legend>
      {errors.columns ? (
        <p className="form-field__error" id="columns-error">
          {errors.columns}
        </p>
      ) : null}
      {fields.length === 0 ? <p className="status">クエリを実行すると、結果の項目がここに並びます。</p> : null}
      {fields.map((field, row) => {
        const index = indexOf(field.path);
        const column = index >= 0 ? chosen[index] : null;
        const pathError = index >= 0 ? errors[`columns.${index}.path`] : undefined;
        return (
          <div className="column-picker__row" key={field.path}>
            <div className="column-picker__path">
              <input
                type="checkbox"
                id={`column-${row}`}
                checked={column !== null}
                aria-invalid={pathError ? true : undefined}
                onChange={(e) => toggle(field, e.target.checked)}
              />
              <label htmlFor={`column-${row}`}>{field.path}</label>
              {pathError ? <span className="form-field__error">{pathError}</span> : null}
            </div>
            {column ? (
              <>
                <FormField label="見出し" required error={errors[`columns.${index}.heading`]}>
                  <input
                    className="input"
                    id={`column-${row}-heading`}
                    value={column.heading}
                    onChange={(e) => update(field.path, { heading: e.target.value })}
                  />
                </FormField>
                <FormField label="形式">
                  <select
                    className="select"
                    id={`column-${row}-format`}
                    value={column.format}
                    onChange={(e) => update(field.path, { format: e.target.value as ColumnFormat })}
                  >
                    {FORMATS.map((format) => (
                      <option key={format} value={format}>
                        {FORMAT_LABELS[format]}
                      </option>
                    ))}
                  </select>
                </FormField>
              </>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
