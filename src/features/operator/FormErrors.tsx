// The error summary of the operator's small forms: their messages are the console's own (no validation
// codes), so this mirrors ui/form/ErrorSummary: it takes focus after a failed submit and links to fields.
import { createEffect, For, on, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { focusControl } from '../../ui/form/focusControl';

export interface FormError {
  /** The id of the control to focus. */
  target: string;
  label: string;
  text: string;
}

export function FormErrors(props: { errors: FormError[]; attempt: number }) {
  let box: HTMLDivElement | undefined;
  createEffect(on(() => props.attempt, () => box?.focus(), { defer: true }));
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" role="alert" tabindex="-1" ref={box}>
        <h3>{t().errors.fieldsHeading}</h3>
        <ul>
          <For each={props.errors}>
            {(error) => (
              <li>
                <a href={`#${error.target}`} onClick={(e) => focusControl(e, error.target)}>
                  {error.label}: {error.text}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
