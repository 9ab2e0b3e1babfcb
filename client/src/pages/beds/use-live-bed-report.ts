import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';

const BedReportPage_Live = graphql(`
  subscription BedReportPage_Live($prefectureCode: String, $areaCode: String) {
    bedStatusChanged(prefectureCode: $prefectureCode, areaCode: $areaCode) {
      lastUpdated
      facility {
        id
        name
      }
    }
  }
`);

/** Reports arriving close together are taken in with one refetch. */
const REFETCH_DELAY_MS = 500;

/**
 * Keeps the report current without a reload: every new report in the viewed prefecture (or
 * area) refetches the report, so counts, order and filters (更新遅れのみ, 受入状況) stay right.
 * Returns the name and time of the last change taken in, for the screen's live status line.
 */
export function useLiveBedReport(args: { prefectureCode: string | null; areaCode: string | null; refetch: () => unknown }) {
  const [last, setLast] = useState<{ name: string; at: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refetch = useRef(args.refetch);
  useEffect(() => {
    refetch.current = args.refetch;
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const subscription = useSubscription(BedReportPage_Live, {
    variables: { prefectureCode: args.prefectureCode, areaCode: args.areaCode },
    onData: ({ data }) => {
      const change = data.data?.bedStatusChanged;
      if (!change) return;
      setLast({ name: change.facility.name, at: change.lastUpdated ?? new Date().toISOString() });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        refetch.current();
      }, REFETCH_DELAY_MS);
    },
  });
  return { last, error: subscription.error };
}
