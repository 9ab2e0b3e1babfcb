import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { graphql } from '../../gql';
import { FACILITY_KIND_LABEL, FACILITY_KINDS, isFacilityKind } from './facility-kind';
import type { FacilitySearchCriteria } from './facility-search-params';

const FacilitySearchForm_Prefectures = graphql(`
  query FacilitySearchForm_Prefectures {
    prefectures {
      id
      code
      name
    }
  }
`);

const FacilitySearchForm_Areas = graphql(`
  query FacilitySearchForm_Areas($prefectureCode: String!) {
    secondaryMedicalAreas(prefectureCode: $prefectureCode) {
      id
      code
      name
    }
  }
`);

/** Errors for this form's fields, keyed by the API's filter field names. */
export type FacilitySearchFieldErrors = Partial<Record<keyof FacilitySearchCriteria, string>>;

/** The form's controls by API field name, for the error summary's links. */
export const FACILITY_SEARCH_FIELDS = {
  prefectureCode: { label: '都道府県', id: 'facility-search-prefecture' },
  secondaryMedicalAreaCode: { label: '二次医療圏', id: 'facility-search-area' },
  name: { label: '医療機関名', id: 'facility-search-name' },
  kind: { label: '施設類型', id: 'facility-search-kind' },
} satisfies Record<keyof FacilitySearchCriteria, { label: string; id: string }>;

interface FacilitySearchFormProps {
  initial: FacilitySearchCriteria;
  fieldErrors: FacilitySearchFieldErrors;
  onSearch: (criteria: FacilitySearchCriteria) => void;
  onClear: () => void;
}

/** 検索条件: 都道府県 → 二次医療圏 (only that prefecture's), 医療機関名 (partial match), 施設類型. */
export function FacilitySearchForm({ initial, fieldErrors, onSearch, onClear }: FacilitySearchFormProps) {
  const [criteria, setCriteria] = useState(initial);
  const prefectures = useQuery(FacilitySearchForm_Prefectures);
  const areaPrefecture = /^\d{2}$/.test(criteria.prefectureCode) ? criteria.prefectureCode : null;
  const areas = useQuery(FacilitySearchForm_Areas, {
    variables: { prefectureCode: areaPrefecture ?? '' },
    skip: areaPrefecture === null,
  });
  const areaOptions = areaPrefecture === null ? [] : (areas.data?.secondaryMedicalAreas ?? []);

  const update = (patch: Partial<FacilitySearchCriteria>) => setCriteria((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(criteria);
  };

  return (
    <form className="form-panel" onSubmit={submit} role="search" aria-labelledby="facility-search-heading" noValidate>
      <h2 id="facility-search-heading">検索条件</h2>
      <div className="form-grid">
        <FormField label={FACILITY_SEARCH_FIELDS.prefectureCode.label} error={fieldErrors.prefectureCode}>
          <select
            className="select"
            id={FACILITY_SEARCH_FIELDS.prefectureCode.id}
            name="pref"
            value={criteria.prefectureCode}
            onChange={(e) => update({ prefectureCode: e.target.value, secondaryMedicalAreaCode: '' })}
          >
            <option value="">すべての都道府県</option>
            {prefectures.data?.prefectures.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
            {/* A code from the URL that is not a prefecture stays selectable, so its error makes sense. */}
            {criteria.prefectureCode &&
            prefectures.data &&
            !prefectures.data.prefectures.some((p) => p.code === criteria.prefectureCode) ? (
              <option value={criteria.prefectureCode}>{criteria.prefectureCode}（不明なコード）</option>
            ) : null}
          </select>
        </FormField>
        <FormField
          label={FACILITY_SEARCH_FIELDS.secondaryMedicalAreaCode.label}
          hint={areaPrefecture === null ? '都道府県を選ぶと選択できます。' : undefined}
          error={fieldErrors.secondaryMedicalAreaCode}
        >
          <select
            className="select"
            id={FACILITY_SEARCH_FIELDS.secondaryMedicalAreaCode.id}
            name="area"
            value={criteria.secondaryMedicalAreaCode}
            disabled={areaPrefecture === null && !criteria.secondaryMedicalAreaCode}
            onChange={(e) => update({ secondaryMedicalAreaCode: e.target.value })}
          >
            <option value="">すべての二次医療圏</option>
            {areaOptions.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
            {criteria.secondaryMedicalAreaCode &&
            !areas.loading &&
            !areaOptions.some((a) => a.code === criteria.secondaryMedicalAreaCode) ? (
              <option value={criteria.secondaryMedicalAreaCode}>{criteria.secondaryMedicalAreaCode}（不明なコード）</option>
            ) : null}
          </select>
        </FormField>
        <FormField
          label={FACILITY_SEARCH_FIELDS.name.label}
          hint="名称の一部で検索できます（全角・半角は区別しません）。"
          error={fieldErrors.name}
        >
          <input
            className="input"
            type="search"
            id={FACILITY_SEARCH_FIELDS.name.id}
            name="name"
            autoComplete="off"
            value={criteria.name}
            onChange={(e) => update({ name: e.target.value })}
          />
        </FormField>
        <FormField label={FACILITY_SEARCH_FIELDS.kind.label} error={fieldErrors.kind}>
          <select
            className="select"
            id={FACILITY_SEARCH_FIELDS.kind.id}
            name="kind"
            value={criteria.kind}
            onChange={(e) => update({ kind: isFacilityKind(e.target.value) ? e.target.value : '' })}
          >
            <option value="">すべての施設類型</option>
            {FACILITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {FACILITY_KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          検索
        </button>
        <button type="button" className="button button--secondary" onClick={onClear}>
          条件をクリア
        </button>
      </div>
    </form>
  );
}
