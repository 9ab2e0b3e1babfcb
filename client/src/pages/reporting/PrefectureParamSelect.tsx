import { useSearchParams } from 'react-router';
import { FormField } from '../../components/FormField';

/**
 * The 都道府県 select of the reporting screens where 本省 (and analysts) choose which prefecture they
 * look at. The choice lives in ?prefectureCode= so a reload or a shared link keeps it; until the list
 * has loaded the select shows the chosen code alone.
 */
export function PrefectureParamSelect({
  id,
  label,
  value,
  prefectures,
}: {
  id: string;
  label: string;
  value: string | null;
  prefectures: readonly { code: string; name: string }[] | undefined;
}) {
  const [, setParams] = useSearchParams();
  return (
    <div className="form-grid">
      <FormField label={label} required>
        <select
          className="select"
          id={id}
          value={value ?? ''}
          onChange={(e) => setParams({ prefectureCode: e.target.value }, { replace: true })}
        >
          {prefectures?.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          )) ?? <option value={value ?? ''}>{value}</option>}
        </select>
      </FormField>
    </div>
  );
}
