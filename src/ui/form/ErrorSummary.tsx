// The error summary at the top of a form: appears after a failed submit, takes focus, and links to
// each field in page order.
import { createEffect, createUniqueId, For, on, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../../i18n/i18n';
import { fieldId, type Form } from './createForm';
import { fieldMessage } from './fieldMessage';
import { focusControl } from './focusControl';

/** `level` 3 for a form inside a section that already has an h2 heading (the console's panels). */
export function ErrorSummary(props: { form: Form; labels: Record<string, string>; level?: 2 | 3 }) {
  let box: HTMLDivElement | undefined;
  // A page may hold several forms (the clerk's actions): each summary's heading has its own id.
  const titleId = `error-summary-${createUniqueId()}`;
  const entries = () => {
    const errors = props.form.summary();
    const ordered = props.form.order.filter((path) => errors[path]);
    const rest = Object.keys(errors).filter((path) => !ordered.includes(path));
    return [...ordered, ...rest].map((path) => ({ path, text: fieldMessage(errors[path]!) }));
  };
  createEffect(on(props.form.submitted, () => box?.focus(), { defer: true }));
  return (
    <Show when={entries().length > 0}>
      <div class="error-summary" role="alert" tabindex="-1" ref={box} aria-labelledby={titleId}>
        <Dynamic component={props.level === 3 ? 'h3' : 'h2'} id={titleId}>
          {t().errors.fieldsHeading}
        </Dynamic>
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
