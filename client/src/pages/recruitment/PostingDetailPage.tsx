import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { describeApiError } from '../../components/api-errors';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { getFragmentData, graphql } from '../../gql';
import { KeyNetPreview } from './KeyNetPreview';
import { POSTING_FIELDS, STATUS_LABEL, formatDateTime, formatPostalCode } from './posting-fields';
import './recruitment.css';

export const PostingDetailPage_Posting = graphql(`
  fragment PostingDetailPage_Posting on Posting {
    id
    version
    status
    title
    occupation
    occupationLabel
    employmentType
    employmentTypeLabel
    openings
    duties
    qualifications
    workingHours
    pay
    period
    workPostalCode
    workPrefectureCode
    workAddress
    workFacilityName
    contactName
    contactLocation
    contactPhone
    contactEmail
    maskingRequested
    maskedFields
    viewerCanEdit
    facilityName
    createdAt
    updatedAt
    publishedAt
    keyNetPreview {
      ...KeyNetPreview_Posting
    }
    history {
      version
      action
      accountId
      changedAt
      changes {
        field
        before
        after
      }
    }
  }
`);

const PostingDetailPage_Query = graphql(`
  query PostingDetailPage_Query($id: ID!) {
    posting(id: $id) {
      id
      ...PostingDetailPage_Posting
    }
    prefectures {
      code
      name
    }
  }
`);

const FIELD_LABEL: Record<string, string> = { ...Object.fromEntries(Object.entries(POSTING_FIELDS).map(([k, v]) => [k, v.label])) };

/** 人材募集画面 (detail): every field, 編集 at the top right, the Key-Net preview and the change history. */
export function PostingDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const result = useQuery(PostingDetailPage_Query, { variables: { id } });
  const posting = getFragmentData(PostingDetailPage_Posting, result.data?.posting ?? null);
  usePageTitle(posting ? `人材募集：${posting.title}` : '人材募集');
  const prefectureName = (code: string | null | undefined) => result.data?.prefectures.find((p) => p.code === code)?.name ?? code ?? '';
  const hidden = new Set(posting?.maskedFields ?? []);
  const value = (field: string, v: string | number | null | undefined) =>
    hidden.has(field) ? '非公開（マスキング）' : v === null || v === undefined || v === '' ? '—' : String(v);

  return (
    <>
      <p>
        <Link to="/recruitment">データ一覧へ戻る</Link>
      </p>
      {(location.state as { saved?: boolean } | null)?.saved ? (
        <p className="message--success" role="status">
          保存しました。
        </p>
      ) : null}
      <ErrorMessage problem={describeApiError(result.error)} />
      <LoadingStatus loading={result.loading} />
      {result.data && !posting ? <p className="status">この人材募集は見つかりません。</p> : null}
      {posting ? (
        <>
          <div className="page-header">
            <h1>{posting.title}</h1>
            {posting.viewerCanEdit ? (
              <Link to={`/recruitment/${posting.id}/edit`} className="button button--primary">
                編集
              </Link>
            ) : null}
          </div>
          <dl className="definition-list">
            {(
              [
                ['掲載状態', STATUS_LABEL[posting.status]],
                ['医療機関名', value('facilityName', posting.facilityName)],
                ['職種', posting.occupationLabel],
                ['雇用形態', posting.employmentTypeLabel],
                ['募集人数', posting.openings != null ? `${posting.openings}名` : '—'],
                ['業務内容', posting.duties],
                ['必要な資格・経験', value('qualifications', posting.qualifications)],
                ['勤務時間', posting.workingHours],
                ['給与', posting.pay],
                ['募集期間・勤務期間', value('period', posting.period)],
                [
                  '郵便番号',
                  hidden.has('workPostalCode') ? value('workPostalCode', null) : formatPostalCode(posting.workPostalCode) || '—',
                ],
                ['住所(都道府県)', prefectureName(posting.workPrefectureCode) || '—'],
                ['住所(市区町村・番地等)', value('workAddress', posting.workAddress)],
                ['住所(具体的な施設名)', value('workFacilityName', posting.workFacilityName)],
                ['担当者氏名', value('contactName', posting.contactName)],
                ['所在地 (部署)', value('contactLocation', posting.contactLocation)],
                ['応募担当電話番号', value('contactPhone', posting.contactPhone)],
                ['E-mail', value('contactEmail', posting.contactEmail)],
                ['マスキング', posting.maskingRequested ? '公開時に一定情報をマスキングすることを希望する' : '希望しない'],
                ['版', String(posting.version)],
                ['登録日時', formatDateTime(posting.createdAt)],
                ['更新日時', formatDateTime(posting.updatedAt)],
              ] as const
            ).map(([label, v]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          {posting.keyNetPreview ? <KeyNetPreview posting={posting.keyNetPreview} prefectureName={(code) => prefectureName(code)} /> : null}
          {posting.history ? (
            <section aria-labelledby="posting-history-heading">
              <h2 id="posting-history-heading">変更履歴</h2>
              <DataTable
                caption="変更履歴"
                captionHidden
                rows={posting.history}
                rowKey={(h) => String(h.version)}
                columns={[
                  { key: 'version', header: '版', render: (h) => h.version, numeric: true, nowrap: true },
                  { key: 'at', header: '日時', render: (h) => formatDateTime(h.changedAt), nowrap: true },
                  {
                    key: 'who',
                    header: '変更者',
                    render: (h) => (h.accountId != null ? `アカウント ${h.accountId}` : 'システム'),
                    nowrap: true,
                  },
                  {
                    key: 'what',
                    header: '変更内容',
                    minWidth: '16em',
                    render: (h) =>
                      h.action === 'CREATED'
                        ? '新規登録'
                        : h.changes
                            .map((c) => `${FIELD_LABEL[c.field] ?? c.field}：${c.before ?? '（空）'} → ${c.after ?? '（空）'}`)
                            .join('、'),
                  },
                ]}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
