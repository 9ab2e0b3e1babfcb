import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { NumericTextInput } from '../../components/NumericTextInput';
import { graphql } from '../../gql';
import {
  ACCEPTANCE_LABEL,
  ACCEPTANCE_STATUSES,
  BED_CATEGORIES,
  BED_CATEGORY_LABEL,
  isAcceptanceStatus,
  isBedCategory,
  isSortDirection,
  isSortField,
  isStaffingStatus,
  SORT_FIELDS,
  SORT_LABEL,
  sortDirection,
  STAFFING_LABEL,
  STAFFING_STATUSES,
} from './bed-labels';
import { type BedReportCriteria, readMinVacant } from './bed-report-params';

// Only what the viewer may read is offered: a health centre or prefecture gets its own prefecture
// and that prefecture's 二次医療圏, so no choice on the screen can be answered with a refusal.
const BedReportSearchForm_Prefectures = graphql(`
  query BedReportSearchForm_Prefectures {
    bedReportPrefectures {
      id
      code
      name
    }
  }
`);

const BedReportSearchForm_Areas = graphql(`
  query BedReportSearchForm_Areas($prefectureCode: String!) {
    secondaryMedicalAreas(prefectureCode: $prefectureCode) {
      id
      code
      name
    }
  }
`);

/** The form's controls by API field name, for the error summary's links. */
export const BED_REPORT_FIELDS = {
  search: { label: 'レポートテーブルを検索', id: 'bed-report-search' },
  prefectureCode: { label: '都道府県', id: 'bed-report-prefecture' },
  secondaryMedicalAreaCode: { label: '二次医療圏', id: 'bed-report-area' },
  inpatientAcceptance: { label: '入院受入', id: 'bed-report-inpatient' },
  outpatientAcceptance: { label: '外来受入', id: 'bed-report-outpatient' },
  emergencyAcceptance: { label: '救急受入', id: 'bed-report-emergency' },
  staffing: { label: '職員の充足状況', id: 'bed-report-staffing' },
  minVacantTotal: { label: '空床数の下限', id: 'bed-report-min-vacant' },
  minVacant: { label: '空床数の下限', id: 'bed-report-min-vacant' },
};

const ACCEPTANCE_FIELDS = ['inpatientAcceptance', 'emergencyAcceptance', 'outpatientAcceptance'] as const;

interface BedReportSearchFormProps {
  initial: BedReportCriteria;
  fieldErrors: Record<string, string>;
  onSearch: (criteria: BedReportCriteria) => void;
}

/**
 * 「レポートテーブルを検索」: one box for a 二次医療圏 or hospital name, plus the
 * prefecture and 二次医療圏 the viewer may read, 入院受入, 更新遅れ and order.
 */
export function BedReportSearchForm({ initial, fieldErrors, onSearch }: BedReportSearchFormProps) {
  const [criteria, setCriteria] = useState(initial);
  const prefectures = useQuery(BedReportSearchForm_Prefectures);
  const readable = prefectures.data?.bedReportPrefectures ?? [];
  // One readable prefecture is the viewer's scope: it is chosen already and its areas are offered.
  const onlyPrefecture = readable.length === 1 ? readable[0].code : null;
  const areaPrefecture = criteria.prefectureCode || onlyPrefecture;
  const areas = useQuery(BedReportSearchForm_Areas, { variables: { prefectureCode: areaPrefecture ?? '' }, skip: !areaPrefecture });
  const update = (patch: Partial<BedReportCriteria>) => setCriteria((current) => ({ ...current, ...patch }));
  const [minVacantError, setMinVacantError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (criteria.minVacant.trim() && readMinVacant(criteria.minVacant) === null) {
      setMinVacantError('空床数の下限は0〜9999の整数で入力してください。');
      document.getElementById(BED_REPORT_FIELDS.minVacantTotal.id)?.focus();
      return;
    }
    setMinVacantError(null);
    onSearch(criteria);
  };
  return (
    <form className="form-panel" onSubmit={submit} role="search" aria-labelledby="bed-report-search-heading" noValidate>
      <h2 id="bed-report-search-heading">検索条件</h2>
      <div className="form-grid">
        <FormField
          label={BED_REPORT_FIELDS.search.label}
          hint="二次医療圏名または病院名の一部（全角・半角は区別しません）"
          error={fieldErrors.search}
        >
          <input
            className="input"
            type="search"
            id={BED_REPORT_FIELDS.search.id}
            name="q"
            autoComplete="off"
            value={criteria.search}
            onChange={(e) => update({ search: e.target.value })}
          />
        </FormField>
        <FormField label={BED_REPORT_FIELDS.prefectureCode.label} error={fieldErrors.prefectureCode}>
          <select
            className="select"
            id={BED_REPORT_FIELDS.prefectureCode.id}
            name="pref"
            value={onlyPrefecture ?? criteria.prefectureCode}
            disabled={onlyPrefecture !== null}
            onChange={(e) => update({ prefectureCode: e.target.value, secondaryMedicalAreaCode: '' })}
          >
            {onlyPrefecture === null ? <option value="">指定しない</option> : null}
            {readable.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={BED_REPORT_FIELDS.secondaryMedicalAreaCode.label}
          hint={areaPrefecture ? undefined : '都道府県を選ぶと選べます。'}
          error={fieldErrors.secondaryMedicalAreaCode}
        >
          <select
            className="select"
            id={BED_REPORT_FIELDS.secondaryMedicalAreaCode.id}
            name="area"
            value={criteria.secondaryMedicalAreaCode}
            disabled={!areaPrefecture}
            onChange={(e) => update({ secondaryMedicalAreaCode: e.target.value })}
          >
            <option value="">指定しない</option>
            {(areaPrefecture ? (areas.data?.secondaryMedicalAreas ?? []) : []).map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </FormField>
        {ACCEPTANCE_FIELDS.map((field) => (
          <FormField key={field} label={BED_REPORT_FIELDS[field].label} error={fieldErrors[field]}>
            <select
              className="select"
              id={BED_REPORT_FIELDS[field].id}
              value={criteria[field]}
              onChange={(e) => update({ [field]: isAcceptanceStatus(e.target.value) ? e.target.value : '' })}
            >
              <option value="">指定しない</option>
              {ACCEPTANCE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ACCEPTANCE_LABEL[s]}
                </option>
              ))}
            </select>
          </FormField>
        ))}
        <FormField label={BED_REPORT_FIELDS.staffing.label} error={fieldErrors.staffing}>
          <select
            className="select"
            id={BED_REPORT_FIELDS.staffing.id}
            value={criteria.staffing}
            onChange={(e) => update({ staffing: isStaffingStatus(e.target.value) ? e.target.value : '' })}
          >
            <option value="">指定しない</option>
            {STAFFING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STAFFING_LABEL[s]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="空床数の下限の病床区分">
          <select
            className="select"
            id="bed-report-min-vacant-category"
            value={criteria.minVacantCategory}
            onChange={(e) => update({ minVacantCategory: isBedCategory(e.target.value) ? e.target.value : '' })}
          >
            <option value="">合計</option>
            {BED_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {BED_CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={BED_REPORT_FIELDS.minVacantTotal.label}
          hint="この数以上の空床がある医療機関のみ（未報告は含みません）"
          error={minVacantError ?? fieldErrors.minVacantTotal ?? fieldErrors.minVacant}
        >
          <NumericTextInput
            id={BED_REPORT_FIELDS.minVacantTotal.id}
            value={criteria.minVacant}
            onChange={(minVacant) => update({ minVacant })}
          />
        </FormField>
        <FormField label="並び替え">
          <select
            className="select"
            id="bed-report-sort"
            name="sort"
            value={criteria.sort}
            onChange={(e) => isSortField(e.target.value) && update({ sort: e.target.value, direction: '' })}
          >
            {SORT_FIELDS.map((field) => (
              <option key={field} value={field}>
                {SORT_LABEL[field]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="順序">
          <select
            className="select"
            id="bed-report-direction"
            name="dir"
            value={criteria.direction || sortDirection(criteria.sort)}
            onChange={(e) => isSortDirection(e.target.value) && update({ direction: e.target.value })}
          >
            <option value="ASC">昇順（小さい・古い順）</option>
            <option value="DESC">降順（大きい・新しい順）</option>
          </select>
        </FormField>
      </div>
      <div className="checkbox-field">
        <input
          type="checkbox"
          id="bed-report-stale"
          name="stale"
          checked={criteria.staleOnly}
          onChange={(e) => update({ staleOnly: e.target.checked })}
        />
        <label htmlFor="bed-report-stale">更新遅れ・未報告の医療機関のみ</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          検索
        </button>
      </div>
    </form>
  );
}
