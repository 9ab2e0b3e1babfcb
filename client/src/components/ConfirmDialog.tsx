import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  /** The question; it names the dialog. */
  title: string;
  /** What answering yes means. */
  children: ReactNode;
  /** The answer that goes ahead (discarding, leaving). */
  confirmLabel: string;
  /** The safe answer: first, emphasised and focused. */
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question in the page's own words (the browser's confirm() cannot be styled, read out
 * in context, or sized for a thumb). The native <dialog> makes the page behind inert and returns
 * focus where it was when it closes. Focus starts on the safe answer; Escape, or the dialog closed
 * any other way while the question stands, counts as that answer.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      <div className="confirm-dialog__actions">
        <button ref={cancel} type="button" className="button button--primary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
