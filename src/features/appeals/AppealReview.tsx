// The review page: everything the citizen is about to send, each part with a way back to change it.
import { createResource, For, Show } from 'solid-js';
import type { AppealType, Priority, ShortGround, Topic } from '../../domain/appeals/kinds';
import { SERVICES } from '../../domain/catalog/services';
import { fill, formatBytes, locale } from '../../i18n/i18n';
import { CheckboxField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { listDraftFiles } from './appealDraft';
import type { Step } from './appealSteps';
import type { SupportCategory } from '../../domain/support/supportCategories';
import { appealsTexts } from '../../i18n/lazy/appeals';
import { supportTexts } from '../../i18n/lazy/support';

export function AppealReview(props: { form: Form; draftId: string; steps: readonly Step[]; onChange: (step: number) => void }) {
  const w = () => appealsTexts().appeals.new;
  const a = () => appealsTexts().appeals;
  const value = (name: string) => String(props.form.values[name] ?? '').trim();
  const [files] = createResource(() => props.draftId, listDraftFiles);
  const sr = () => a().supportRequest;
  const support = () => value('type') === 'support';
  const kindRows = (): [Step, string, string][] =>
    support()
      ? [['category', sr().categoryLabel, supportTexts().support.categories[value('category') as SupportCategory] ?? '']]
      : [['topic', w().steps.topic, a().topics[value('topic') as Topic] ?? '']];
  const supportRows = (): [Step, string, string][] =>
    support()
      ? [
          ['description', sr().wantedLabel, value('wanted')],
          ['tried', sr().triedLabel, value('tried')],
        ]
      : [];
  // Only the steps of the chosen kind have rows (a topic chosen before switching to support is not sent).
  const rows = (): [Step, string, string][] => [
    ['type', w().steps.type, a().types[value('type') as AppealType] ?? ''],
    ...kindRows(),
    ['related', w().service, SERVICES.find((s) => s.id === value('serviceId'))?.title[locale()] ?? ''],
    ['related', w().related, value('relatedNumber')],
    ...(support() ? [] : [['related', w().grounds, value('grounds') ? a().grounds[value('grounds') as ShortGround] : ''] as [Step, string, string]]),
    ['subject', w().subject, value('subject')],
    ['description', support() ? sr().description : w().description, value('description')],
    ...supportRows(),
    ['incident', w().incident, value('incidentAt')],
    ['priority', w().steps.priority, a().priorities[value('priority') as Priority] ?? ''],
    ['contacts', w().name, value('contacts.name')],
    ['contacts', w().phone, value('contacts.phone')],
    ['contacts', w().email, value('contacts.email')],
    ['contacts', w().address, value('contacts.address')],
  ];
  return (
    <div>
      <p>{w().reviewLead}</p>
      <dl class="review">
        <For each={rows()}>
          {([step, label, text]) => (
            <>
              <dt>{label}</dt>
              <dd>
                <span class="pre-wrap">{text || w().empty}</span>{' '}
                <button type="button" class="button secondary small" onClick={() => props.onChange(props.steps.indexOf(step))}>
                  {fill(w().change, { step: label })}
                </button>
              </dd>
            </>
          )}
        </For>
        <dt>{w().steps.files}</dt>
        <dd>
          <Show when={files()?.length} fallback={w().empty}>
            <ul>
              <For each={files()}>
                {(file) => (
                  <li>
                    {file.name} ({formatBytes(file.size)})
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </dd>
      </dl>
      <CheckboxField form={props.form} name="sign" label={w().sign} />
      <p class="hint">{w().signHint}</p>
    </div>
  );
}
