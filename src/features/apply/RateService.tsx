// «Оценить услугу» beside a ready or issued result: 1–5 stars and an optional comment, one rating per
// application that rating again changes. The case (and so this form's starting values) comes from the
// device's mirror; what was typed stays when sending fails, and a too long comment is named, not cut.
import type * as v from 'valibot';
import { createSignal, Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { RATING_COMMENT_MAX, RatingInputSchema, type RatingInput } from '../../domain/ratings/rating';
import { fill, formatDateTime } from '../../i18n/i18n';
import { casesTexts } from '../../i18n/lazy/cases';
import { errorText } from '../../ui/errorText';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextAreaField } from '../../ui/form/OtherFields';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';
import { rateService } from './casesApi';
import { StarsField } from '../../ui/form/StarsField';
import { starsInput } from '../../domain/rating';

export function RateService(props: { app: ApplicationView; onChange: (app: ApplicationView) => void }) {
  const texts = () => casesTexts().cases.rating;
  const form = createForm({
    schema: () => RatingInputSchema as v.GenericSchema,
    initial: { stars: props.app.rating ? String(props.app.rating.stars) : '', comment: props.app.rating?.comment ?? '' },
    order: ['stars', 'comment'],
    // Radios hold strings; the schema counts stars as a number (none picked: no number, named as such).
    prepare: (nested) => ({ ...nested, stars: starsInput(nested.stars) }),
  });
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<StatusMessage>(null);
  const length = () => String(form.values.comment ?? '').trim().length;
  const hint = () =>
    length() > RATING_COMMENT_MAX
      ? fill(texts().commentOver, { over: length() - RATING_COMMENT_MAX, max: RATING_COMMENT_MAX })
      : fill(texts().commentHint, { left: RATING_COMMENT_MAX - length(), max: RATING_COMMENT_MAX });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage(null);
    const output = form.submit() as RatingInput | null;
    if (!output || busy()) return;
    setBusy(true);
    try {
      const next = await rateService(props.app.id, output);
      props.onChange(next);
      setMessage({ ok: true, text: fill(texts().saved, { stars: output.stars }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
      document.getElementById(fieldId('stars'))?.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="rating-title">
      <h2 id="rating-title">{texts().title}</h2>
      <p>{texts().lead}</p>
      <Show when={props.app.rating}>{(rating) => <p>{fill(texts().current, { date: formatDateTime(rating().at), stars: rating().stars })}</p>}</Show>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <ErrorSummary form={form} labels={{ stars: texts().stars, comment: texts().comment }} level={3} />
        <StarsField form={form} name="stars" legend={texts().stars} hint={texts().starsHint} />
        <TextAreaField form={form} name="comment" label={texts().comment} hint={hint()} />
        <StatusLine message={message()} />
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? texts().sending : props.app.rating ? texts().change : texts().send}
        </button>
      </form>
    </section>
  );
}
