import { useEffect, useId, useRef } from 'react';
import type { Blocker } from 'react-router';

export const LEAVE_PAGE_QUESTION = '保存されていない変更があります。このページを離れますか？';

/**
 * The question a guarded form asks before another screen opens (use-unsaved-changes-guard.ts):
 * a modal <dialog>, so the page behind is inert and Escape means 「このページに留まる」.
 * Focus starts on the safe answer and returns where it was when the user stays.
 */
export function LeavePageDialog({ blocker }: { blocker: Blocker }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const blocked = blocker.state === 'blocked';

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (blocked && !element.open) {
      element.showModal();
      stay.current?.focus();
    } else if (!blocked && element.open) {
      element.close();
    }
  }, [blocked]);

  return (
    <dialog
      ref={dialog}
      className="leave-dialog"
      aria-labelledby={questionId}
      // Escape, or the dialog closed any other way while the navigation waits: stay.
      onClose={() => {
        if (blocker.state === 'blocked') blocker.reset();
      }}
    >
      <p className="leave-dialog__question" id={questionId}>
        {LEAVE_PAGE_QUESTION}
      </p>
      <p className="leave-dialog__detail">移動すると、入力した内容は失われます。</p>
      <div className="leave-dialog__actions">
        <button ref={stay} type="button" className="button button--primary" onClick={() => blocker.reset?.()}>
          このページに留まる
        </button>
        <button type="button" className="button button--secondary" onClick={() => blocker.proceed?.()}>
          変更を破棄して移動する
        </button>
      </div>
    </dialog>
  );
}
