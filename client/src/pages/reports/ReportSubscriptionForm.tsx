import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { TimeOfDayInput } from '../../components/TimeOfDayInput';
import { parseTimeOfDay, timeOfDayError } from '../../components/time-of-day';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { graphql } from '../../gql';
import type { ReportFileEncoding, ReportScheduleFrequency } from '../../gql/graphql';

const ReportSubscriptionForm_Subscribe = graphql(`
  mutation ReportSubscriptionForm_Subscribe($input: ReportSubscriptionInput!) {
    subscribeToReport(input: $input) {
      id
      frequency
      weekday
      time
      encoding
    }
  }
`);

const ReportSubscriptionForm_Unsubscribe = graphql(`
  mutation ReportSubscriptionForm_Unsubscribe($reportId: ID!) {
    unsubscribeFromReport(reportId: $reportId)
  }
`);

const WEEKDAYS = ['月', '火', '水', '木', '金', '土', '日'];

const FIELDS = {
  time: { label: '送信時刻', id: 'subscription-time' },
  weekday: { label: '曜日', id: 'subscription-weekday' },
};

export interface CurrentSubscription {
  frequency: ReportScheduleFrequency;
  weekday: number | null;
  time: string;
  encoding: ReportFileEncoding;
}

const describe = (s: CurrentSubscription) =>
  `${s.frequency === 'WEEKLY' ? `毎週${WEEKDAYS[(s.weekday ?? 1) - 1]}曜日` : '毎日'} ${s.time} に、CSV（${
    s.encoding === 'SHIFT_JIS' ? 'Shift-JIS' : 'UTF-8'
  }）をメールでお送りします。`;

/**
 * 購読: the report mailed each day or week at a Japan time, run with the subscriber's own
 * permissions and the filter shown, as a CSV attachment (a link when it is large).
 */
export function ReportSubscriptionForm({
  reportId,
  variables,
  current,
  onChange,
}: {
  reportId: string;
  variables: Record<string, unknown>;
  current: CurrentSubscription | null;
  onChange: () => void;
}) {
  const [frequency, setFrequency] = useState<ReportScheduleFrequency>(current?.frequency ?? 'DAILY');
  const [weekday, setWeekday] = useState(String(current?.weekday ?? 1));
  const [time, setTime] = useState(current?.time ?? '08:00');
  const [encoding, setEncoding] = useState<ReportFileEncoding>(current?.encoding ?? 'SHIFT_JIS');
  const [subscribe, subscribeState] = useMutation(ReportSubscriptionForm_Subscribe);
  const [unsubscribe, unsubscribeState] = useMutation(ReportSubscriptionForm_Unsubscribe);
  const problem = useApiProblem(subscribeState.error ?? unsubscribeState.error);
  const [local, setLocal] = useState<Record<string, string>>({});
  const { errors, edited } = useFieldErrors(problem, local);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const timeError = timeOfDayError(FIELDS.time.label, time);
    setLocal(timeError ? { time: timeError } : {});
    const hhmm = parseTimeOfDay(time);
    if (!hhmm) {
      document.getElementById(FIELDS.time.id)?.focus();
      return;
    }
    if (hhmm !== time) setTime(hhmm);
    try {
      await subscribe({
        variables: {
          input: { reportId, frequency, weekday: frequency === 'WEEKLY' ? Number(weekday) : null, time: hhmm, encoding, variables },
        },
      });
      onChange();
    } catch {
      // shown beside the fields
    }
  };

  return (
    <form className="report-panel" aria-labelledby="subscription-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="subscription-heading">購読</h2>
      <p role="status">{current ? describe(current) : 'このレポートを、決まった時刻にメールで受け取れます。'}</p>
      <ErrorMessage problem={problem} fields={FIELDS} />
      <div className="subscription-form">
        <FormField label="頻度" required>
          <select
            className="select"
            id="subscription-frequency"
            value={frequency}
            onChange={(e) => setFrequency(e.target.value === 'WEEKLY' ? 'WEEKLY' : 'DAILY')}
          >
            <option value="DAILY">毎日</option>
            <option value="WEEKLY">毎週</option>
          </select>
        </FormField>
        {frequency === 'WEEKLY' ? (
          <FormField label={FIELDS.weekday.label} required error={errors.weekday}>
            <select className="select" id={FIELDS.weekday.id} value={weekday} onChange={(e) => setWeekday(e.target.value)}>
              {WEEKDAYS.map((day, i) => (
                <option key={day} value={String(i + 1)}>
                  {day}曜日
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        <FormField label={FIELDS.time.label} required error={errors.time} hint="24時間制・日本時間（例: 17:30）">
          <TimeOfDayInput
            id={FIELDS.time.id}
            value={time}
            onChange={(value) => {
              setTime(value);
              edited('time');
            }}
          />
        </FormField>
        <FormField label="文字コード">
          <select
            className="select"
            id="subscription-encoding"
            value={encoding}
            onChange={(e) => setEncoding(e.target.value === 'UTF_8' ? 'UTF_8' : 'SHIFT_JIS')}
          >
            <option value="SHIFT_JIS">日本語(Shift-JIS)</option>
            <option value="UTF_8">Unicode(UTF-8)</option>
          </select>
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={subscribeState.loading}>
          {current ? '購読を変更' : '購読'}
        </button>
        {current ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={unsubscribeState.loading}
            onClick={() => {
              void unsubscribe({ variables: { reportId } })
                .then(onChange)
                .catch(() => undefined);
            }}
          >
            購読をやめる
          </button>
        ) : null}
      </div>
    </form>
  );
}
