// The polite status line under a form or an action: empty until something happened, then a success or
// an error notice. The live region stays in the page so a screen reader hears each new message.
import { Show } from 'solid-js';

export type StatusMessage = { ok: boolean; text: string } | null;

/** `ref`: for a line that takes the focus when what was pressed is gone with the change it reports. */
export function StatusLine(props: { message: StatusMessage | undefined; ref?: (element: HTMLDivElement) => void }) {
  return (
    <div role="status" tabindex={props.ref ? -1 : undefined} ref={props.ref}>
      <Show when={props.message}>{(message) => <p class={message().ok ? 'notice success' : 'notice error'}>{message().text}</p>}</Show>
    </div>
  );
}
