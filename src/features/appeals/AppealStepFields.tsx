// The fields of one wizard page. Choosing a topic fills the description with its template when the
// description is empty or still another topic's untouched template.
import { For, Match, Show, Switch } from 'solid-js';
import { DESCRIPTION_MAX, TRIED_MAX, WANTED_MAX } from '../../domain/appeals/input';
import { APPEAL_KINDS, APPEAL_TYPES, PRIORITIES, SHORT_GROUNDS, TOPICS, type AppealType, type Topic } from '../../domain/appeals/kinds';
import { SERVICES } from '../../domain/catalog/services';
import { SUPPORT_CATEGORIES } from '../../domain/support/supportCategories';
import { fill, locale } from '../../i18n/i18n';
import { RadioField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { SelectField, TextAreaField } from '../../ui/form/OtherFields';
import { TextField } from '../../ui/form/TextField';
import type { Step } from './appealSteps';
import { appealsTexts } from '../../i18n/lazy/appeals';
import { supportTexts } from '../../i18n/lazy/support';

/** What the error summary names each field by: the label or the question the page shows. */
export function appealFieldLabels(support: boolean): Record<string, string> {
  const a = appealsTexts().appeals;
  const w = a.new;
  const sr = a.supportRequest;
  return {
    type: w.typeLegend,
    topic: w.topicLegend,
    category: sr.categoryLegend,
    serviceId: w.service,
    relatedNumber: w.related,
    grounds: w.grounds,
    subject: w.subject,
    description: support ? sr.description : w.description,
    wanted: sr.wanted,
    tried: sr.tried,
    incidentAt: w.incident,
    priority: w.priorityLegend,
    'contacts.name': w.name,
    'contacts.phone': w.phone,
    'contacts.email': w.email,
    'contacts.address': w.address,
  };
}

export function AppealStepFields(props: { step: Step; form: Form }) {
  const w = () => appealsTexts().appeals.new;
  const a = () => appealsTexts().appeals;
  const type = () => props.form.values.type as AppealType | undefined;
  const sr = () => a().supportRequest;
  const support = () => type() === 'support';
  const chooseTopic = (topic: Topic) => {
    const current = String(props.form.values.description ?? '').trim();
    const templates = Object.values(a().templates).map((x) => x.trim());
    if (!current || templates.includes(current)) props.form.set('description', a().templates[topic]);
  };
  return (
    <Switch>
      <Match when={props.step === 'type'}>
        <RadioField
          form={props.form}
          name="type"
          legend={w().typeLegend}
          options={APPEAL_TYPES.map((value) => ({ value, label: `${a().types[value]} — ${a().typeHints[value]}` }))}
        />
      </Match>
      <Match when={props.step === 'topic'}>
        <div onChange={(e) => (e.target as HTMLInputElement).name === 'topic' && chooseTopic((e.target as HTMLInputElement).value as Topic)}>
          <RadioField
            form={props.form}
            name="topic"
            legend={w().topicLegend}
            hint={w().topicHint}
            options={TOPICS.map((value) => ({ value, label: a().topics[value] }))}
          />
        </div>
      </Match>
      <Match when={props.step === 'category'}>
        <RadioField
          form={props.form}
          name="category"
          legend={sr().categoryLegend}
          hint={sr().categoryHint}
          options={SUPPORT_CATEGORIES.map((value) => ({
            value,
            label: `${supportTexts().support.categories[value]} — ${sr().categoryHints[value]}`,
          }))}
        />
      </Match>
      <Match when={props.step === 'tried'}>
        <TextAreaField form={props.form} name="tried" label={sr().tried} hint={sr().triedHint} maxLength={TRIED_MAX} />
      </Match>
      <Match when={props.step === 'related'}>
        <SelectField
          form={props.form}
          name="serviceId"
          label={w().service}
          placeholder={w().serviceNone}
          options={SERVICES.map((s) => ({ value: s.id, label: s.title[locale()] }))}
        />
        <TextField form={props.form} name="relatedNumber" label={w().related} hint={w().relatedHint} maxLength={40} />
        <Show when={type() && APPEAL_KINDS[type()!].shortTerm}>
          <RadioField
            form={props.form}
            name="grounds"
            legend={w().grounds}
            hint={w().groundsHint}
            options={[{ value: '', label: w().groundsNone }, ...SHORT_GROUNDS.map((value) => ({ value, label: a().grounds[value] }))]}
          />
        </Show>
      </Match>
      <Match when={props.step === 'subject'}>
        <TextField form={props.form} name="subject" label={w().subject} hint={w().subjectHint} maxLength={200} />
      </Match>
      <Match when={props.step === 'description'}>
        <TextAreaField
          form={props.form}
          name="description"
          label={support() ? sr().description : w().description}
          hint={support() ? sr().descriptionHint : w().descriptionHint}
          maxLength={DESCRIPTION_MAX}
        />
        <p class="hint" aria-live="polite">
          {fill(w().counter, { n: String(props.form.values.description ?? '').length, max: DESCRIPTION_MAX })}
        </p>
        <Show when={support()}>
          <TextAreaField form={props.form} name="wanted" label={sr().wanted} hint={sr().wantedHint} maxLength={WANTED_MAX} />
        </Show>
      </Match>
      <Match when={props.step === 'incident'}>
        <TextField form={props.form} name="incidentAt" label={w().incident} hint={w().incidentHint} maxLength={16} width="short" />
      </Match>
      <Match when={props.step === 'priority'}>
        <RadioField
          form={props.form}
          name="priority"
          legend={w().priorityLegend}
          hint={support() ? sr().priorityHint : undefined}
          options={PRIORITIES.map((value) => ({ value, label: a().priorities[value] }))}
        />
      </Match>
      <Match when={props.step === 'contacts'}>
        <p>{w().contactsLead}</p>
        <For
          each={
            [
              ['name', 'text', 'name'],
              ['phone', 'tel', 'tel'],
              ['email', 'email', 'email'],
              ['address', 'text', 'street-address'],
            ] as const
          }
        >
          {([name, kind, autocomplete]) => (
            <TextField
              form={props.form}
              name={`contacts.${name}`}
              type={kind}
              autocomplete={autocomplete}
              label={w()[name]}
              hint={w()[`${name}Hint`]}
            />
          )}
        </For>
      </Match>
    </Switch>
  );
}
