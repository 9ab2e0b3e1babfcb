import type { ReactNode } from 'react';
import type { Blocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

export const LEAVE_PAGE_QUESTION = '保存されていない変更があります。このページを離れますか？';

interface LeavePageDialogProps {
  blocker: Blocker;
  /** A form may word the question for what its input is (病床状況報告: a report not yet sent). */
  question?: string;
  leaveLabel?: string;
  children?: ReactNode;
}

/**
 * The question a guarded form asks before another screen opens (use-unsaved-changes-guard.ts):
 * 「このページに留まる」 (also Escape) keeps the input, the other answer goes on to the next screen.
 */
export function LeavePageDialog({
  blocker,
  question = LEAVE_PAGE_QUESTION,
  leaveLabel = '変更を破棄して移動する',
  children,
}: LeavePageDialogProps) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={question}
      confirmLabel={leaveLabel}
      cancelLabel="このページに留まる"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {children ?? <p>移動すると、入力した内容は失われます。</p>}
    </ConfirmDialog>
  );
}
