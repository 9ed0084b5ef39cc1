// «Штрафы»: search the simulated traffic-police registry by resolution number or by driving licence /
// vehicle certificate, then pay one or several fines in one invoice on the pay page.
import { useLocation, useNavigate } from '@tanstack/solid-router';
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import type * as v from 'valibot';
import { ApiRequestError } from '../../client/api';

import { errorText } from '../../ui/errorText';
import { RadioField } from '../../ui/form/ChoiceField';
import { createForm, type Form } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { Page } from '../../ui/Page';
import { settled } from '../../ui/settled';
import { FineList } from './FineList';
import { fineFormSchema, FINE_MODES, queryOf, type FineMode, type FinesSearch } from './fineSearch';
import { createInvoice, findFines } from '../../client/paymentsApi';
import { payErrorText } from './payErrors';
import { payTexts } from '../../i18n/lazy/pay';

function Search(props: { search: FinesSearch }) {
  const navigate = useNavigate();
  const location = useLocation();
  const initial = {
    mode: props.search.uin ? 'uin' : props.search.licence || props.search.vehicle ? 'documents' : 'uin',
    uin: props.search.uin ?? '',
    licence: props.search.licence ?? '',
    vehicle: props.search.vehicle ?? '',
  };
  const mode = () => form.values.mode as FineMode;
  const form: Form = createForm({
    schema: () => fineFormSchema(mode()) as v.GenericSchema,
    initial,
    order: () => (mode() === 'uin' ? ['mode', 'uin'] : ['mode', 'licence', 'vehicle']),
  });
  const [result] = createResource(() => queryOf(props.search), findFines);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit() as { uin?: string; licence?: string; vehicle?: string } | null;
    if (!output) return;
    void navigate({ to: '/fines', search: { uin: output.uin, licence: output.licence, vehicle: output.vehicle } });
  };
  const pay = async (uins: string[]) => {
    setBusy(true);
    setFailure(null);
    try {
      const invoice = await createInvoice({ kind: 'fine', fineIds: uins });
      // Back to this very search, in the router's own encoding of it.
      await navigate({ to: '/pay/$invoiceId', params: { invoiceId: invoice.id }, search: { back: location().href } });
    } catch (error) {
      setFailure(error instanceof ApiRequestError ? payErrorText(error.code, error.data) : errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const labels = {
    mode: payTexts().pay.fines.modeLegend,
    uin: payTexts().pay.fines.uinLabel,
    licence: payTexts().pay.fines.licence,
    vehicle: payTexts().pay.fines.vehicle,
  };
  return (
    <>
      <form onSubmit={submit} novalidate aria-labelledby="fines-search">
        <h2 id="fines-search">{payTexts().pay.fines.searchTitle}</h2>
        <ErrorSummary form={form} labels={labels} />
        <RadioField
          form={form}
          name="mode"
          legend={labels.mode}
          options={FINE_MODES.map((m) => ({ value: m, label: payTexts().pay.fines.modes[m] }))}
        />
        <Switch>
          <Match when={mode() === 'uin'}>
            <TextField form={form} name="uin" label={labels.uin} hint={payTexts().pay.fines.uinHint} inputmode="numeric" maxLength={30} />
          </Match>
          <Match when={mode() === 'documents'}>
            <p class="meta">{payTexts().pay.fines.documentsHint}</p>
            <TextField form={form} name="licence" label={labels.licence} hint={payTexts().pay.fines.licenceHint} maxLength={20} />
            <TextField form={form} name="vehicle" label={labels.vehicle} hint={payTexts().pay.fines.vehicleHint} maxLength={20} />
          </Match>
        </Switch>
        <button type="submit" class="button">
          {payTexts().pay.fines.find}
        </button>
      </form>
      <Show when={result.loading}>
        <p role="status">{payTexts().pay.fines.searching}</p>
      </Show>
      <div role="alert">
        <Show when={result.error || failure()}>
          <p class="notice error">
            {failure() ?? (result.error instanceof ApiRequestError ? payErrorText(result.error.code, result.error.data) : errorText(result.error))}
          </p>
        </Show>
      </div>
      <Show when={settled(result)} keyed>
        {(list) => <FineList fines={list.fines} busy={busy()} onPay={(uins) => void pay(uins)} />}
      </Show>
    </>
  );
}

export default function FinesPage(props: { search: FinesSearch }) {
  return (
    <Page title={payTexts().pay.fines.title} lead={payTexts().pay.fines.lead}>
      <Search search={props.search} />
    </Page>
  );
}
