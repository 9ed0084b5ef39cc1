// «Проверьте данные»: every answer by step, each with «Изменить» back to its page.
import { For, Show } from 'solid-js';
import { isShown, type Answers } from '../../domain/catalog/formSchema';
import type { Service } from '../../domain/catalog/serviceSchema';
import { fill, locale, t } from '../../i18n/i18n';
import { RESULT_KEY, type WizardPage } from './wizardSteps';

function shown(value: unknown, options?: { value: string; label: { ru: string; en: string } }[]): string {
  if (value === true) return t().apply.yes;
  if (value === undefined || value === '' || value === false) return '—';
  const option = options?.find((o) => o.value === value);
  return option ? option.label[locale()] : String(value);
}

export function ReviewPage(props: { service: Service; pages: WizardPage[]; answers: Answers; onEdit: (page: number) => void }) {
  return (
    <div>
      <For each={props.pages}>
        {(page, index) => (
          <Show when={page.kind === 'form' ? page : null}>
            {(form) => (
              <section class="card review">
                <h3>{form().step.title[locale()]}</h3>
                <dl>
                  <For each={form().step.fields.filter((field) => isShown(field, props.answers))}>
                    {(field) => (
                      <>
                        <dt>{field.label[locale()]}</dt>
                        <dd>{shown(props.answers[field.id], field.options)}</dd>
                      </>
                    )}
                  </For>
                </dl>
                <button type="button" class="button secondary small" onClick={() => props.onEdit(index())}>
                  {fill(t().apply.change, { what: form().step.title[locale()] })}
                </button>
              </section>
            )}
          </Show>
        )}
      </For>
      <section class="card review">
        <h3>{t().apply.resultTitle}</h3>
        <p>{t().catalog.resultWays[props.answers[RESULT_KEY] as 'post'] ?? '—'}</p>
        <button type="button" class="button secondary small" onClick={() => props.onEdit(props.pages.findIndex((p) => p.kind === 'result'))}>
          {fill(t().apply.change, { what: t().apply.resultTitle })}
        </button>
      </section>
    </div>
  );
}
