// The polite status line under a form or an action: empty until something happened, then a success or
// an error notice. The live region stays in the page so a screen reader hears each new message.
import { Show } from 'solid-js';

export type StatusMessage = { ok: boolean; text: string } | null;

export function StatusLine(props: { message: StatusMessage | undefined }) {
  return (
    <div role="status">
      <Show when={props.message}>{(message) => <p class={message().ok ? 'notice success' : 'notice error'}>{message().text}</p>}</Show>
    </div>
  );
}
