// Where a paper result «в МФЦ» is collected: a real office from the data. The office of the
// application's own visit comes first and is chosen by default; otherwise the first МФЦ is.
import { createEffect } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listMirroredBookings } from '../../client/repos/bookingsRepo';
import { pickupOffices } from '../../domain/offices/visitLinks';
import { locale } from '../../i18n/i18n';
import type { Form } from '../../ui/form/createForm';
import { SelectField } from '../../ui/form/OtherFields';
import { addressText } from '../../ui/officeText';
import { RESULT_OFFICE_KEY, VISIT_KEY } from './wizardSteps';
import { catalogTexts } from '../../i18n/lazy/catalog';

export function ResultOfficeField(props: { form: Form; accountId: string }) {
  const mine = createLiveQuery(() => listMirroredBookings(props.accountId));
  const booked = () => mine.value()?.find((b) => b.id === props.form.values[VISIT_KEY]);
  const offices = () => pickupOffices(booked()?.officeId);
  createEffect(() => {
    const first = offices()[0];
    if (!props.form.values[RESULT_OFFICE_KEY] && first && !mine.loading()) props.form.set(RESULT_OFFICE_KEY, first.id);
  });
  return (
    <SelectField
      form={props.form}
      name={RESULT_OFFICE_KEY}
      label={catalogTexts().apply.resultOffice}
      hint={catalogTexts().apply.resultOfficeHint}
      placeholder={catalogTexts().apply.choose}
      options={offices().map((o) => ({ value: o.id, label: `${o.name[locale()]} — ${addressText(o)}` }))}
    />
  );
}
