// «Оцените ответ»: 1–5 as radio buttons in a fieldset, an optional comment, a clear message for each
// wrong field, and nothing typed lost on an error.
import { createSignal, For, Show } from 'solid-js';
import { RATING_COMMENT_MAX } from '../../domain/support/chat';
import { fill } from '../../i18n/i18n';
import { supportTexts } from '../../i18n/lazy/support';

export function ChatRating(props: { onRate: (stars: number, comment: string) => void }) {
  const c = () => supportTexts().support.chat;
  const [stars, setStars] = createSignal<number | null>(null);
  const [comment, setComment] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = stars();
    if (chosen === null) return setError(c().ratingMissing);
    if (comment().length > RATING_COMMENT_MAX) return setError(c().commentTooLong);
    setError(null);
    props.onRate(chosen, comment().trim());
  };
  return (
    <form class="chat-rating" onSubmit={submit} aria-labelledby="chat-rating-title" novalidate>
      <h3 id="chat-rating-title">{c().rateTitle}</h3>
      <fieldset aria-describedby={error() ? 'chat-rating-error' : undefined}>
        <legend>{c().ratingLegend}</legend>
        <div class="rating-options">
          <For each={[1, 2, 3, 4, 5]}>
            {(n) => (
              <label class="rating-option">
                <input type="radio" name="chat-rating" value={n} checked={stars() === n} onChange={() => setStars(n)} />
                <span aria-hidden="true">{n}</span>
                <span class="visually-hidden">{fill(c().stars, { n })}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <div class="field">
        <label for="chat-rating-comment">{c().commentLabel}</label>
        <span class="hint" id="chat-rating-hint">
          {c().commentHint}
        </span>
        <textarea
          id="chat-rating-comment"
          rows="2"
          aria-describedby="chat-rating-hint"
          value={comment()}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
      </div>
      <Show when={error()}>
        <p id="chat-rating-error" class="notice error" role="alert">
          {error()}
        </p>
      </Show>
      <button type="submit" class="button small">
        {c().rate}
      </button>
    </form>
  );
}
