// Rating the answer 1–5 per criterion with a comment, asked once there is an answer; a low mean
// offers escalation (a repeat request to a senior specialist) or an objection.
import { createSignal, For, Show } from 'solid-js';
import { LOW_RATING, RATING_CRITERIA, type AppealView, type RatingCriterion } from '../../domain/appeals/view';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { rateAppeal } from './appealsApi';
import { appealsTexts } from '../../i18n/lazy/appeals';
import { validationTexts } from '../../i18n/lazy/validation';

export function RateAnswer(props: { accountId: string; appeal: AppealView }) {
  const p = () => appealsTexts().appeals.page;
  const [scores, setScores] = createSignal<Partial<Record<RatingCriterion, number>>>({});
  const [comment, setComment] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const complete = () => RATING_CRITERIA.every((c) => scores()[c] !== undefined);
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!complete()) return setError(validationTexts().validation.required);
    try {
      await rateAppeal(props.accountId, props.appeal.id, {
        scores: scores() as Record<RatingCriterion, number>,
        comment: comment().trim() || undefined,
      });
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
          <form onSubmit={(e) => void send(e)}>
            <p class="hint">{p().rateHint}</p>
            <For each={RATING_CRITERIA}>
              {(criterion) => (
                <fieldset class="field">
                  <legend>{appealsTexts().appeals.criteria[criterion]}</legend>
                  <div class="button-row">
                    <For each={[1, 2, 3, 4, 5]}>
                      {(score) => (
                        <label class="rate-option">
                          <input
                            type="radio"
                            name={`rate-${criterion}`}
                            value={score}
                            checked={scores()[criterion] === score}
                            onChange={() => setScores({ ...scores(), [criterion]: score })}
                          />
                          {score}
                        </label>
                      )}
                    </For>
                  </div>
                </fieldset>
              )}
            </For>
            <div class="field">
              <label for="rate-comment">{p().rateComment}</label>
              <textarea id="rate-comment" rows={3} maxLength={2000} value={comment()} onInput={(e) => setComment(e.currentTarget.value)} />
            </div>
            <Show when={error()}>
              <p class="notice error" role="alert">
                {error()}
              </p>
            </Show>
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
