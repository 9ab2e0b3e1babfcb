import type { Column } from '../../components/DataTable';

export interface ColumnGroup {
  label: string;
  keys: readonly string[];
}

/**
 * 表示する項目: checkboxes for 全項目表示's columns, grouped (基本情報, 受入状況, each 病床区分, 機器・備考),
 * with each group shown or hidden at once. The column naming each row cannot be hidden.
 */
export function BedColumnChooser<Row>({
  columns,
  groups,
  hidden,
  onChange,
}: {
  columns: readonly Column<Row>[];
  groups: readonly ColumnGroup[];
  hidden: ReadonlySet<string>;
  onChange: (hidden: Set<string>) => void;
}) {
  const header = new Map(columns.map((c) => [c.key, c.header]));
  const toggle = (keys: readonly string[], show: boolean) => {
    const next = new Set(hidden);
    for (const key of keys) {
      if (show) next.delete(key);
      else next.add(key);
    }
    onChange(next);
  };
  return (
    <details className="column-chooser">
      <summary>
        表示する項目を選ぶ（{columns.length - hidden.size}／{columns.length}項目を表示中）
      </summary>
      <div className="column-chooser__groups">
        {groups.map((group, g) => {
          const shown = group.keys.filter((k) => !hidden.has(k)).length;
          return (
            <fieldset key={group.label} className="column-chooser__group">
              <legend>{group.label}</legend>
              <div className="checkbox-field">
                <input
                  type="checkbox"
                  id={`column-group-${g}`}
                  checked={shown === group.keys.length}
                  ref={(el) => {
                    if (el) el.indeterminate = shown > 0 && shown < group.keys.length;
                  }}
                  onChange={(e) => toggle(group.keys, e.target.checked)}
                />
                <label htmlFor={`column-group-${g}`}>すべて</label>
              </div>
              {group.keys.map((key) => (
                <div className="checkbox-field" key={key}>
                  <input
                    type="checkbox"
                    id={`column-${key}`}
                    checked={!hidden.has(key)}
                    onChange={(e) => toggle([key], e.target.checked)}
                  />
                  <label htmlFor={`column-${key}`}>{header.get(key)}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
