// The last page: what happens after sending, the applicant's consent, and how to confirm sending — the
// SMS code, or the account's own electronic signature over the application's content (issue 19.5).
import { createResource, onMount, Show } from 'solid-js';
import type { Service } from '../../domain/catalog/serviceSchema';
import { fill, locale } from '../../i18n/i18n';
import { CheckboxField, RadioField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { localKeyFingerprint } from '../../client/signing';
import { CONFIRM_WAY_KEY, CONSENT_KEY } from './wizardSteps';
import { catalogTexts } from '../../i18n/lazy/catalog';

export function ConfirmPage(props: { form: Form; service: Service; accountId: string }) {
  onMount(() => {
    if (!props.form.values[CONFIRM_WAY_KEY]) props.form.set(CONFIRM_WAY_KEY, 'sms');
  });
  const signing = () => props.form.values[CONFIRM_WAY_KEY] === 'signature';
  const [fingerprint] = createResource(() => (signing() ? props.accountId : false), localKeyFingerprint);
  return (
    <>
      <p>{fill(catalogTexts().apply.confirmText, { service: props.service.title[locale()] })}</p>
      <CheckboxField form={props.form} name={CONSENT_KEY} label={catalogTexts().apply.consent} />
      <RadioField
        form={props.form}
        name={CONFIRM_WAY_KEY}
        legend={catalogTexts().apply.confirmWay}
        options={[
          { value: 'sms', label: catalogTexts().apply.confirmBySms },
          { value: 'signature', label: catalogTexts().apply.confirmBySignature },
        ]}
      />
      <Show when={signing()}>
        <p class="hint">
          {catalogTexts().apply.signatureLead}{' '}
          <Show when={fingerprint()}>{(value) => fill(catalogTexts().apply.signatureKey, { fingerprint: value() })}</Show>
        </p>
      </Show>
    </>
  );
}
