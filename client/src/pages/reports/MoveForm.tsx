import { useQuery } from '@apollo/client/react';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import type { ApiProblem } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LoadingStatus } from '../../components/StatusLine';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { graphql } from '../../gql';

/** The most destinations the select lists (the API's largest page); past it the list is narrowed by name. */
export const DESTINATION_PAGE = 500;

// The folders the account may write into, at any depth, with their paths (the API's order:
// system, shared, private, then by path), narrowed to those with `text` in a name on their path.
const MoveForm_Destinations = graphql(`
  query MoveForm_Destinations($first: Int!, $text: String) {
    reportFolderDestinations(first: $first, text: $text) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          path
          pathIds
          folder {
            id
          }
        }
      }
    }
  }
`);

/** A folder's path as the move and save forms show it: 「共有 / 東京都 / 病床」. */
export const folderPathLabel = (path: readonly string[]): string => path.join(' / ');

interface DestinationSelectProps {
  /** The select's id (the error summary links to it). */
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (folderId: string) => void;
  /** The first option, chosen for "none": 選択してください, or すべてのフォルダ（最上位） where folders may sit at the top. */
  emptyLabel: string;
  /** A folder being moved: it and every folder in it are left out (the API refuses them anyway). */
  movingFolder?: string;
  /** Say 読み込んでいます… while the list loads (the move form; the builder has its own loading line). */
  showLoading?: boolean;
}

/**
 * 移動先・保存先 as one select of paths. An account with more folders than one page holds is
 * told so (how many there are, how many are listed) and given a box to narrow them by a folder's
 * name, so that no folder is out of reach and none silently missing.
 */
export function DestinationSelect({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  emptyLabel,
  movingFolder,
  showLoading = false,
}: DestinationSelectProps) {
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  const destinations = useQuery(MoveForm_Destinations, {
    variables: { first: DESTINATION_PAGE, text: text || null },
    fetchPolicy: 'network-only',
  });
  const problem = useApiProblem(destinations.error);
  const page = destinations.data?.reportFolderDestinations ?? destinations.previousData?.reportFolderDestinations;
  const options = (page?.edges ?? []).map((e) => e.node).filter((d) => !movingFolder || !d.pathIds.includes(movingFolder));
  // Narrowing is offered once the list is cut (or has been narrowed already).
  const narrowing = text !== '' || page?.pageInfo.hasNextPage === true;
  const filterId = `${id}-filter`;
  const apply = () => setText(typed.trim());
  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter narrows the list; it must not send the form the select belongs to.
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    }
  };
  const chosenShown = value === '' || options.some((d) => d.folder.id === value);
  return (
    <>
      <ErrorMessage problem={problem} />
      {showLoading ? <LoadingStatus loading={destinations.loading} /> : null}
      {/* Read before the select: the list below is cut, and this narrows it. */}
      {narrowing && page ? (
        <div className="destination-filter">
          <p className="destination-filter__count" role="status">
            {page.pageInfo.hasNextPage
              ? `${text ? `「${text}」を含む` : ''}${label}は${page.totalCount.toLocaleString('ja-JP')}件あります。先頭の${page.edges.length.toLocaleString('ja-JP')}件を表示しています。フォルダ名で絞り込んでください。`
              : `「${text}」を含む${label}: ${page.totalCount.toLocaleString('ja-JP')}件`}
          </p>
          <FormField label={`${label}をフォルダ名で絞り込む`} hint="フォルダ名の一部（全角・半角は区別しません）">
            <input
              className="input"
              type="search"
              id={filterId}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              onKeyDown={onFilterKey}
            />
          </FormField>
          <button type="button" className="button button--secondary" onClick={apply}>
            絞り込む
          </button>
        </div>
      ) : null}
      <FormField label={label} required error={error} hint={hint}>
        <select className="select" id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{emptyLabel}</option>
          {/* The folder chosen before the list was narrowed stays chosen. */}
          {chosenShown ? null : <option value={value}>（選択中のフォルダ）</option>}
          {options.map((d) => (
            <option key={d.folder.id} value={d.folder.id}>
              {folderPathLabel(d.path)}
            </option>
          ))}
        </select>
      </FormField>
    </>
  );
}

interface MoveFormProps {
  heading: string;
  /** The field's API name (moveReport: folderId, moveReportFolder: parentId). */
  field: 'folderId' | 'parentId';
  hint: string;
  /** Where the thing is now (chosen at first). */
  current: string | null;
  /** A folder being moved: it and every folder in it are left out (the API refuses them anyway). */
  movingFolder?: string;
  /** Offer すべてのフォルダ（最上位）: folders may sit at the top, reports may not. */
  allowTop: boolean;
  problem: ApiProblem | null;
  saving: boolean;
  onMove: (folderId: string | null) => Promise<void>;
  onCancel: () => void;
}

/**
 * 移動: the destinations as one select of paths. Errors of the API sit beside the select; nothing is
 * moved until 移動 is pressed.
 */
export function MoveForm({ heading, field, hint, current, movingFolder, allowTop, problem, saving, onMove, onCancel }: MoveFormProps) {
  const [target, setTarget] = useState(current ?? '');
  const [local, setLocal] = useState<Record<string, string> | null>(null);
  const { errors, edited } = useFieldErrors(problem, local);
  const headingId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!target && !allowTop) {
      setLocal({ [field]: '移動先のフォルダを選択してください。' });
      return;
    }
    setLocal({});
    await onMove(target || null);
  };

  return (
    <form className="report-panel" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={headingId}>{heading}</h2>
      <ErrorMessage problem={problem} fields={{ [field]: { label: '移動先', id: 'move-target' } }} focusOnShow />
      <DestinationSelect
        id="move-target"
        label="移動先"
        hint={hint}
        error={errors[field]}
        value={target}
        onChange={(folderId) => {
          setTarget(folderId);
          edited(field);
        }}
        emptyLabel={allowTop ? 'すべてのフォルダ（最上位）' : '選択してください'}
        movingFolder={movingFolder}
        showLoading
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          移動
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          キャンセル
        </button>
      </div>
    </form>
  );
}
