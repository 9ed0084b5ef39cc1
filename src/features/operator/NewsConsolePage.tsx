// «Новости портала» in the operator console: a title and a text, published to every citizen who turned
// news on (the server fans it out to their notices and channels). What was typed stays when it fails.
import type * as v from 'valibot';
import { createSignal } from 'solid-js';
import { NEWS_TEXT_MAX, NEWS_TITLE_MAX, NewsInputSchema, type NewsInput } from '../../domain/news';
import { fill } from '../../i18n/i18n';
import { operatorTexts } from '../../i18n/lazy/operator';
import { errorText } from '../../ui/errorText';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextAreaField } from '../../ui/form/OtherFields';
import { TextField } from '../../ui/form/TextField';
import { ConsolePage } from './ConsolePage';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';
import { publishNews } from './operatorApi';

function NewsForm(props: { pin: string }) {
  const c = () => operatorTexts().newsConsole;
  const form = createForm({ schema: () => NewsInputSchema as v.GenericSchema, initial: { title: '', text: '' }, order: ['title', 'text'] });
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<StatusMessage>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage(null);
    const output = form.submit() as NewsInput | null;
    if (!output || busy()) return;
    setBusy(true);
    try {
      const result = await publishNews(props.pin, output);
      form.reset({ title: '', text: '' });
      setMessage({ ok: true, text: fill(c().published, { inApp: result.inApp, outside: result.outside }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
      document.getElementById(fieldId('title'))?.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} novalidate>
      <ErrorSummary form={form} labels={{ title: c().titleLabel, text: c().textLabel }} />
      <TextField form={form} name="title" label={c().titleLabel} hint={fill(c().titleHint, { max: NEWS_TITLE_MAX })} />
      <TextAreaField form={form} name="text" label={c().textLabel} hint={fill(c().textHint, { max: NEWS_TEXT_MAX })} />
      <StatusLine message={message()} />
      <button type="submit" class="button" disabled={busy()}>
        {busy() ? c().publishing : c().publish}
      </button>
    </form>
  );
}

export default function NewsConsolePage() {
  const c = () => operatorTexts().newsConsole;
  return <ConsolePage texts={c()}>{(pin) => <NewsForm pin={pin} />}</ConsolePage>;
}
