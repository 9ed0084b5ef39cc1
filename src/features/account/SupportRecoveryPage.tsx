// «Восстановление доступа через поддержку» (issue 19.12): for someone who has lost every contact of the
// account. Name, birth date, SNILS or passport and a contact reachable now; a clerk checks them against
// the account and sends a temporary password to that contact. The page learns only the request number.
import { Link } from '../../ui/Link';
import { createSignal, Show } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { SupportRecoverySchema } from '../../domain/recovery';
import { fill } from '../../i18n/i18n';
import { accountTexts } from '../../i18n/lazy/account';
import { errorText } from '../../ui/errorText';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { Page } from '../../ui/Page';
import { sendRecoveryRequest } from './accountApi';

const FIELDS = ['surname', 'name', 'patronymic', 'birthDate', 'snils', 'passportSeries', 'passportNumber', 'contact'] as const;

export default function SupportRecoveryPage() {
  const texts = () => accountTexts().recovery;
  const [sent, setSent] = createSignal<{ number: string; sentTo: string; inbox: string; channel: 'sms' | 'email' } | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const form = createForm({
    schema: () => SupportRecoverySchema,
    initial: Object.fromEntries(FIELDS.map((f) => [f, ''])),
    order: FIELDS,
    // Empty optional fields are sent as '' (the schema's «not given»), not dropped.
    prepare: (nested) => Object.fromEntries(FIELDS.map((f) => [f, nested[f] ?? ''])),
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit();
    if (!output || busy()) return;
    setBusy(true);
    setFailure(null);
    try {
      // The raw values go: the server parses them with the same schema.
      const receipt = await sendRecoveryRequest(Object.fromEntries(FIELDS.map((f) => [f, String(form.values[f] ?? '')])));
      setSent({ ...receipt, channel: output.contact.channel });
      queueMicrotask(() => document.getElementById('recovery-sent')?.focus());
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields) form.showServerErrors(error.fields);
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={texts().supportTitle} lead={texts().supportLead}>
      <Show
        when={sent()}
        fallback={
          <form onSubmit={(e) => void submit(e)} novalidate>
            <ErrorSummary form={form} labels={texts().labels} />
            <TextField form={form} name="surname" label={texts().labels.surname} autocomplete="family-name" />
            <TextField form={form} name="name" label={texts().labels.name} autocomplete="given-name" />
            <TextField form={form} name="patronymic" label={texts().labels.patronymic} autocomplete="additional-name" />
            <TextField form={form} name="birthDate" label={texts().labels.birthDate} hint={texts().birthDateHint} autocomplete="bday" width="short" />
            <fieldset class="field">
              <legend>{texts().documentLegend}</legend>
              <p class="hint">{texts().documentHint}</p>
              <TextField form={form} name="snils" label={texts().labels.snils} inputmode="numeric" width="short" />
              <TextField form={form} name="passportSeries" label={texts().labels.passportSeries} inputmode="numeric" width="short" />
              <TextField form={form} name="passportNumber" label={texts().labels.passportNumber} inputmode="numeric" width="short" />
            </fieldset>
            <TextField form={form} name="contact" label={texts().labels.contact} hint={texts().contactHint} autocomplete="email" />
            <div role="alert">
              <Show when={failure()}>
                <p class="notice error">{failure()}</p>
              </Show>
            </div>
            <button type="submit" class="button" disabled={busy()}>
              {texts().send}
            </button>
          </form>
        }
      >
        {(receipt) => (
          <section class="notice success" aria-labelledby="recovery-sent">
            <h2 id="recovery-sent" tabindex="-1">
              {fill(texts().sentTitle, { number: receipt().number })}
            </h2>
            <p>{fill(texts().sentText, { to: receipt().sentTo })}</p>
            <p>
              <Link to="/inbox" search={{ channel: receipt().channel, flow: receipt().inbox }} target="_blank">
                {texts().openInbox}
              </Link>
            </p>
            <Link to="/login" class="button">
              {texts().backToLogin}
            </Link>
          </section>
        )}
      </Show>
    </Page>
  );
}
