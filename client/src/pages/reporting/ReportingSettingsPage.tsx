import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { NumericTextInput } from '../../components/NumericTextInput';
import { TimeOfDayInput } from '../../components/TimeOfDayInput';
import { parseTimeOfDay, timeOfDayError } from '../../components/time-of-day';
import { LoadingStatus } from '../../components/StatusLine';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { getFragmentData, graphql } from '../../gql';
import type { ReportingMode, ReportingSettingsPage_ScheduleFragment } from '../../gql/graphql';
import { useViewer } from '../../viewer';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { PrefectureParamSelect } from './PrefectureParamSelect';
import { CADENCE_HOURS, MODE_LABEL, MODES } from './reporting-labels';
import { useDueLine } from './use-due-line';

const ReportingSettingsPage_Prefectures = graphql(`
  query ReportingSettingsPage_Prefectures {
    prefectures {
      code
      name
    }
  }
`);

export const ReportingSettingsPage_Schedule = graphql(`
  fragment ReportingSettingsPage_Schedule on ReportingSchedule {
    mode
    dueTime
    alertCadenceHours
    disasterCadenceHours
    cadenceHours
    reminderBeforeMinutes
    escalationAfterMinutes
    configured
    updatedAt
    prefecture {
      code
      name
    }
    currentPeriod {
      due
    }
    nextPeriod {
      due
    }
  }
`);

const ReportingSettingsPage_Query = graphql(`
  query ReportingSettingsPage_Query($prefectureCode: String) {
    reportingSchedule(prefectureCode: $prefectureCode) {
      ...ReportingSettingsPage_Schedule
    }
  }
`);

// The saved schedule comes back in the same shape as the one read, so the page shows what was stored.
const ReportingSettingsPage_Save = graphql(`
  mutation ReportingSettingsPage_Save($input: ReportingScheduleInput!) {
    updateReportingSchedule(input: $input) {
      ...ReportingSettingsPage_Schedule
    }
  }
`);

const FIELDS = {
  prefectureCode: { label: '都道府県', id: 'schedule-prefecture' },
  mode: { label: '運用モード', id: 'schedule-mode' },
  dueTime: { label: '毎日の報告期限', id: 'schedule-due-time' },
  alertCadenceHours: { label: '警戒時の報告周期', id: 'schedule-alert-cadence' },
  disasterCadenceHours: { label: '災害時の報告周期', id: 'schedule-disaster-cadence' },
  reminderBeforeMinutes: { label: 'リマインド（期限の何分前）', id: 'schedule-reminder' },
  escalationAfterMinutes: { label: '督促と保健所への通知（期限の何分後）', id: 'schedule-escalation' },
};

/** The two mail times, each a number of minutes from the due time. */
const MINUTE_FIELDS = [
  { key: 'reminderBeforeMinutes', hint: '未報告の医療機関へメール（0〜720分）' },
  { key: 'escalationAfterMinutes', hint: '未報告の医療機関と管轄の保健所へメール（0〜720分）' },
] as const;

/** 報告期限の設定 (都道府県・事務局): due time, operating mode and cadences of one prefecture. */
export function ReportingSettingsPage() {
  usePageTitle('報告期限の設定');
  return (
    <RequireSignIn>
      <EditorsOnly />
    </RequireSignIn>
  );
}

function EditorsOnly() {
  const viewer = useViewer();
  if (viewer.role !== 'PREFECTURE' && viewer.role !== 'OFFICE') return <Navigate to="/" replace />;
  return <ReportingSettings office={viewer.role === 'OFFICE'} />;
}

type Schedule = ReportingSettingsPage_ScheduleFragment;

interface Form {
  mode: ReportingMode;
  dueTime: string;
  alertCadenceHours: string;
  disasterCadenceHours: string;
  reminderBeforeMinutes: string;
  escalationAfterMinutes: string;
}

function ReportingSettings({ office }: { office: boolean }) {
  const [params] = useSearchParams();
  const prefectureCode = office ? (params.get('prefectureCode') ?? '13') : null;
  const prefectures = useQuery(ReportingSettingsPage_Prefectures, { skip: !office });
  const current = useQuery(ReportingSettingsPage_Query, { variables: { prefectureCode }, fetchPolicy: 'cache-and-network' });
  const schedule = getFragmentData(ReportingSettingsPage_Schedule, current.data?.reportingSchedule);
  return (
    <>
      <h1>報告期限の設定</h1>
      <p className="page-lead">
        医療機関が病床状況を報告する期限と運用モードを設定します。警戒・災害にすると報告周期が短くなり、管内の全アカウントへメールで通知し、各画面に表示します。「*」の付いた項目は必須入力です。
      </p>
      {office ? (
        <PrefectureParamSelect
          id={FIELDS.prefectureCode.id}
          label={FIELDS.prefectureCode.label}
          value={prefectureCode}
          prefectures={prefectures.data?.prefectures}
        />
      ) : null}
      {!schedule ? (
        <LoadingStatus loading={current.loading} />
      ) : (
        <ScheduleForm
          key={`${prefectureCode ?? 'own'}-${schedule.updatedAt ?? 'default'}`}
          prefectureCode={prefectureCode}
          schedule={schedule}
          refetch={current.refetch}
        />
      )}
    </>
  );
}

/** A raised cadence: one of the hours the schedule allows (警戒・災害の報告周期). */
function CadenceSelect({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <select className="select" id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {CADENCE_HOURS.map((h) => (
        <option key={h} value={h}>
          {h}時間ごと
        </option>
      ))}
    </select>
  );
}

function ScheduleForm({
  prefectureCode,
  schedule,
  refetch,
}: {
  prefectureCode: string | null;
  schedule: Schedule;
  refetch: () => unknown;
}) {
  const [form, setForm] = useState<Form>({
    mode: schedule.mode,
    dueTime: schedule.dueTime,
    alertCadenceHours: String(schedule.alertCadenceHours),
    disasterCadenceHours: String(schedule.disasterCadenceHours),
    reminderBeforeMinutes: String(schedule.reminderBeforeMinutes),
    escalationAfterMinutes: String(schedule.escalationAfterMinutes),
  });
  const [save, { error, loading, data: saved }] = useMutation(ReportingSettingsPage_Save);
  const problem = useApiProblem(error);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const { errors, edited } = useFieldErrors(problem, localErrors);
  const update = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    for (const key of Object.keys(patch)) edited(key);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const dueTime = parseTimeOfDay(form.dueTime);
    const dueTimeError = timeOfDayError('報告期限', form.dueTime);
    if (dueTimeError) local.dueTime = dueTimeError;
    else if (dueTime && dueTime !== form.dueTime) setForm((f) => ({ ...f, dueTime }));
    for (const { key } of MINUTE_FIELDS) if (!/^\d+$/.test(form[key].trim())) local[key] = '0〜720 の分数を半角数字で入力してください。';
    setLocalErrors(local);
    if (Object.keys(local).length || !dueTime) {
      document.getElementById(FIELDS[Object.keys(local)[0] as keyof typeof FIELDS].id)?.focus();
      return;
    }
    try {
      await save({
        variables: {
          input: {
            prefectureCode,
            mode: form.mode,
            dueTime,
            alertCadenceHours: Number(form.alertCadenceHours),
            disasterCadenceHours: Number(form.disasterCadenceHours),
            reminderBeforeMinutes: Number(form.reminderBeforeMinutes),
            escalationAfterMinutes: Number(form.escalationAfterMinutes),
          },
        },
        refetchQueries: ['ReportingModeBanner_Query'],
      });
    } catch {
      return;
    }
  };
  const shown = getFragmentData(ReportingSettingsPage_Schedule, saved?.updateReportingSchedule) ?? schedule;
  const dueLine = useDueLine(shown, refetch);
  return (
    <>
      <p role="status" className="status" data-testid="schedule-status">
        {saved ? '保存しました。' : ''}
        {shown.prefecture.name}: {MODE_LABEL[shown.mode]}（
        {shown.cadenceHours === 24 ? `毎日 ${shown.dueTime} まで` : `${shown.cadenceHours}時間ごと`}）・
        {dueLine.label} {dueLine.due}
        {shown.configured ? '' : '（未設定: 既定の値）'}
      </p>
      <ErrorMessage problem={problem} fields={FIELDS} focusOnShow />
      <form className="form-panel" onSubmit={submit} noValidate aria-label="報告期限の設定">
        <div className="form-grid">
          <FormField label={FIELDS.mode.label} required error={errors.mode}>
            <select
              className="select"
              id={FIELDS.mode.id}
              value={form.mode}
              onChange={(e) => update({ mode: e.target.value as ReportingMode })}
            >
              {MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {MODE_LABEL[mode]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            label={FIELDS.dueTime.label}
            required
            hint="24時間制・日本時間（例: 17:30）。平時は毎日この時刻まで。警戒・災害の周期もこの時刻が起点"
            error={errors.dueTime}
          >
            <TimeOfDayInput id={FIELDS.dueTime.id} value={form.dueTime} onChange={(dueTime) => update({ dueTime })} />
          </FormField>
          <FormField label={FIELDS.alertCadenceHours.label} required error={errors.alertCadenceHours}>
            <CadenceSelect
              id={FIELDS.alertCadenceHours.id}
              value={form.alertCadenceHours}
              onChange={(value) => update({ alertCadenceHours: value })}
            />
          </FormField>
          <FormField label={FIELDS.disasterCadenceHours.label} required hint="警戒時と同じか、より短く" error={errors.disasterCadenceHours}>
            <CadenceSelect
              id={FIELDS.disasterCadenceHours.id}
              value={form.disasterCadenceHours}
              onChange={(value) => update({ disasterCadenceHours: value })}
            />
          </FormField>
          {MINUTE_FIELDS.map(({ key, hint }) => (
            <FormField key={key} label={FIELDS[key].label} required hint={hint} error={errors[key]}>
              <NumericTextInput id={FIELDS[key].id} value={form[key]} onChange={(value) => update({ [key]: value })} />
            </FormField>
          ))}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            保存
          </button>
        </div>
      </form>
    </>
  );
}
