import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import type { ApiProblem } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { LoadingStatus } from '../../components/StatusLine';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { graphql } from '../../gql';

// Every folder the account may write into, at any depth, with its path (the API's order:
// system, shared, private, then by path).
export const MoveForm_Destinations = graphql(`
  query MoveForm_Destinations {
    reportFolderDestinations {
      path
      pathIds
      folder {
        id
      }
    }
  }
`);

/** A folder's path as the move and save forms show it: 「共有 / 東京都 / 病床」. */
export const folderPathLabel = (path: readonly string[]): string => path.join(' / ');

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
  const destinations = useQuery(MoveForm_Destinations, { fetchPolicy: 'network-only' });
  const [target, setTarget] = useState(current ?? '');
  const [local, setLocal] = useState<Record<string, string> | null>(null);
  const loadProblem = useApiProblem(destinations.error);
  const { errors, edited } = useFieldErrors(problem, local);
  const headingId = useId();
  const options = (destinations.data?.reportFolderDestinations ?? []).filter((d) => !movingFolder || !d.pathIds.includes(movingFolder));

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
      <ErrorMessage problem={problem ?? loadProblem} fields={{ [field]: { label: '移動先', id: 'move-target' } }} focusOnShow />
      <LoadingStatus loading={destinations.loading} />
      <FormField label="移動先" required error={errors[field]} hint={hint}>
        <select
          className="select"
          id="move-target"
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
            edited(field);
          }}
        >
          <option value="">{allowTop ? 'すべてのフォルダ（最上位）' : '選択してください'}</option>
          {options.map((d) => (
            <option key={d.folder.id} value={d.folder.id}>
              {folderPathLabel(d.path)}
            </option>
          ))}
        </select>
      </FormField>
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
