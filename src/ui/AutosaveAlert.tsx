// Says why what the user types is not being kept on the device (usually a full disk). The form keeps
// every value and autosave retries with the next change, so the text asks only to free space.
import { Show } from 'solid-js';
import { errorText } from './errorText';

export function AutosaveAlert(props: { failed: () => unknown }) {
  return (
    <Show when={props.failed()}>
      <p class="notice error" role="alert">
        {errorText(props.failed())}
      </p>
    </Show>
  );
}
