import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatPostalCode } from './posting-fields';

export const KeyNetPreview_Posting = graphql(`
  fragment KeyNetPreview_Posting on KeyNetPosting {
    title
    occupationLabel
    employmentTypeLabel
    openings
    duties
    qualifications
    workingHours
    pay
    period
    prefectureCode
    facilityName
    workPostalCode
    workAddress
    workFacilityName
    contactName
    contactLocation
    contactPhone
    contactEmail
    maskedFields
  }
`);

const MASKED = '非公開（マスキング）';

interface KeyNetPreviewProps {
  posting: FragmentType<typeof KeyNetPreview_Posting>;
  prefectureName: (code: string) => string;
}

/** How 医療のお仕事 Key-Net will show the posting: the server's public document, masking applied. */
export function KeyNetPreview(props: KeyNetPreviewProps) {
  const p = getFragmentData(KeyNetPreview_Posting, props.posting);
  const masked = new Set(p.maskedFields);
  const show = (field: string, value: string | null | undefined) =>
    masked.has(field) ? <span className="masked-value">{MASKED}</span> : value || '—';
  const rows: [string, React.ReactNode][] = [
    ['医療機関名', show('facilityName', p.facilityName)],
    ['職種', p.occupationLabel],
    ['雇用形態', p.employmentTypeLabel],
    ['募集人数', p.openings != null ? `${p.openings}名` : '—'],
    ['業務内容', p.duties],
    ['必要な資格・経験', p.qualifications || '—'],
    ['勤務時間', p.workingHours],
    ['給与', p.pay],
    ['募集期間・勤務期間', p.period || '—'],
    [
      '就業場所',
      <>
        {props.prefectureName(p.prefectureCode)}{' '}
        {masked.has('workAddress') ? (
          <span className="masked-value">{MASKED}</span>
        ) : (
          `${formatPostalCode(p.workPostalCode)} ${p.workAddress ?? ''} ${p.workFacilityName ?? ''}`.trim() || '—'
        )}
      </>,
    ],
    ['担当者', show('contactName', p.contactName)],
    ['所在地', show('contactLocation', p.contactLocation)],
    ['応募担当電話番号', show('contactPhone', p.contactPhone)],
    ['E-mail', show('contactEmail', p.contactEmail)],
  ];
  return (
    <section className="key-net-preview" aria-labelledby="key-net-preview-heading">
      <h2 id="key-net-preview-heading">Key-Net での表示（プレビュー）</h2>
      <p className="form-field__hint">
        {masked.size > 0
          ? 'マスキングを希望しているため、医療機関名・就業場所の住所・担当者連絡先は Key-Net に表示されません。'
          : 'すべての項目が Key-Net に表示されます。'}
      </p>
      <article className="key-net-preview__card">
        <h3>{p.title}</h3>
        <dl className="definition-list">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </article>
    </section>
  );
}
