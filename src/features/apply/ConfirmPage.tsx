// The last page: what happens after sending, and the applicant's consent.
import type { Service } from '../../domain/catalog/serviceSchema';
import { fill, locale } from '../../i18n/i18n';
import { CheckboxField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { CONSENT_KEY } from './wizardSteps';
import { catalogTexts } from '../../i18n/lazy/catalog';

export function ConfirmPage(props: { form: Form; service: Service }) {
  return (
    <>
      <p>{fill(catalogTexts().apply.confirmText, { service: props.service.title[locale()] })}</p>
      <CheckboxField form={props.form} name={CONSENT_KEY} label={catalogTexts().apply.consent} />
    </>
  );
}
