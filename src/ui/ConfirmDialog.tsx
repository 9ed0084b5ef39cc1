// A modal confirmation built on <dialog>: focus is trapped by the browser and returns to the opener.
import { createEffect, type JSX } from 'solid-js';

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: JSX.Element;
}) {
  let dialog: HTMLDialogElement | undefined;
  const titleId = `dialog-${Math.random().toString(36).slice(2)}`;
  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} aria-labelledby={titleId} onClose={() => props.open && props.onCancel()}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div class="button-row">
        <button type="button" class={props.danger ? 'button danger' : 'button'} onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button secondary" autofocus onClick={() => props.onCancel()}>
          {props.cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
