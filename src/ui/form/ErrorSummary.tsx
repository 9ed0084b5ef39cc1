// The error summary at the top of a form: appears after a failed submit, takes focus, and links to
// each field in page order.
import { createEffect, For, on, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { fieldId, type Form } from './createForm';
import { fieldMessage } from './fieldMessage';
import { focusControl } from './focusControl';

export function ErrorSummary(props: { form: Form; labels: Record<string, string> }) {
  let box: HTMLDivElement | undefined;
  const entries = () => {
    const errors = props.form.summary();
    const ordered = props.form.order.filter((path) => errors[path]);
    const rest = Object.keys(errors).filter((path) => !ordered.includes(path));
    return [...ordered, ...rest].map((path) => ({ path, text: fieldMessage(errors[path]!) }));
  };
  createEffect(on(props.form.submitted, () => box?.focus(), { defer: true }));
  return (
    <Show when={entries().length > 0}>
      <div class="error-summary" role="alert" tabindex="-1" ref={box} aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">{t().errors.fieldsHeading}</h2>
        <ul>
          <For each={entries()}>
            {(entry) => (
              <li>
                <a href={`#${fieldId(entry.path)}`} onClick={(e) => focusControl(e, fieldId(entry.path))}>
                  {props.labels[entry.path] ? `${props.labels[entry.path]}: ` : ''}
                  {entry.text}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
