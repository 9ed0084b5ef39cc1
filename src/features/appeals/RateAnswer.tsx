// Rating the answer 1–5 per criterion with a comment, asked once there is an answer; a low mean
// offers escalation (a repeat request to a senior specialist) or an objection.
import * as v from 'valibot';
import { createSignal, For, Show } from 'solid-js';
import { LOW_RATING, RATING_CRITERIA, RatingSchema, type AppealView } from '../../domain/appeals/view';
import { starsInput } from '../../domain/rating';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextAreaField } from '../../ui/form/OtherFields';
import { StarsField } from '../../ui/form/StarsField';
import { StatusLine } from '../../ui/StatusLine';
import { rateAppeal } from './appealsApi';
import { appealsTexts } from '../../i18n/lazy/appeals';

// The fields sit under «answerRating» so their ids never meet another form's on the same page.
const FormSchema = v.object({ answerRating: RatingSchema });
const path = (field: string) => `answerRating.${field}`;
const FIELDS = [...RATING_CRITERIA.map((c) => path(`scores.${c}`)), path('comment')];

export function RateAnswer(props: { accountId: string; appeal: AppealView }) {
  const p = () => appealsTexts().appeals.page;
  const form = createForm({
    schema: () => FormSchema,
    initial: Object.fromEntries(FIELDS.map((field) => [field, ''])),
    order: FIELDS,
    prepare: (nested) => {
      const own = (nested.answerRating ?? {}) as { scores?: Record<string, unknown>; comment?: string };
      const scores = Object.fromEntries(RATING_CRITERIA.map((c) => [c, starsInput(own.scores?.[c])]));
      return { answerRating: { scores, comment: own.comment } };
    },
  });
  const [error, setError] = createSignal<string | null>(null);
  const labels = () => ({
    ...Object.fromEntries(RATING_CRITERIA.map((c) => [path(`scores.${c}`), appealsTexts().appeals.criteria[c]])),
    [path('comment')]: p().rateComment,
  });
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    const output = form.submit();
    if (!output) return;
    try {
      await rateAppeal(props.accountId, props.appeal.id, output.answerRating);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const mean = () => {
    const r = props.appeal.rating;
    return r ? RATING_CRITERIA.reduce((sum, c) => sum + r.scores[c], 0) / RATING_CRITERIA.length : 0;
  };
  return (
    <section aria-labelledby="rate-title">
      <h2 id="rate-title">{p().rate}</h2>
      <Show
        when={props.appeal.rating}
        fallback={
          <form onSubmit={(e) => void send(e)} novalidate>
            <ErrorSummary form={form} labels={labels()} level={3} />
            <p class="hint">{p().rateHint}</p>
            <For each={RATING_CRITERIA}>
              {(criterion) => <StarsField form={form} name={path(`scores.${criterion}`)} legend={appealsTexts().appeals.criteria[criterion]} />}
            </For>
            <TextAreaField form={form} name={path('comment')} label={p().rateComment} maxLength={2000} rows={3} />
            <StatusLine message={error() ? { ok: false, text: error()! } : null} />
            <button type="submit" class="button">
              {p().sendRating}
            </button>
          </form>
        }
      >
        {(rating) => (
          <>
            <p>
              {fill(p().rated, { scores: RATING_CRITERIA.map((c) => `${appealsTexts().appeals.criteria[c]} — ${rating().scores[c]}`).join(', ') })}
            </p>
            <Show when={mean() <= LOW_RATING}>
              <p class="notice">{p().lowRating}</p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
