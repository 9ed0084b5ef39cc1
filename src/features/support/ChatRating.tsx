// «Оцените ответ»: 1–5 as radio buttons in a fieldset and an optional comment, checked with the shared
// RatingSchema (the server's): each wrong field is named beside it and in the summary, nothing typed is
// lost. The fields sit under «chatRating» so their ids never meet another form's on the same page.
import * as v from 'valibot';
import { RatingSchema } from '../../domain/support/chat';
import { starsInput } from '../../domain/rating';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextAreaField } from '../../ui/form/OtherFields';
import { StarsField } from '../../ui/form/StarsField';
import { supportTexts } from '../../i18n/lazy/support';

const FormSchema = v.object({ chatRating: RatingSchema });

export function ChatRating(props: { onRate: (stars: number, comment: string) => void }) {
  const c = () => supportTexts().support.chat;
  const form = createForm({
    schema: () => FormSchema,
    initial: { 'chatRating.stars': '', 'chatRating.comment': '' },
    order: ['chatRating.stars', 'chatRating.comment'],
    prepare: (nested) => {
      const own = (nested.chatRating ?? {}) as Record<string, unknown>;
      return { chatRating: { stars: starsInput(own.stars), comment: own.comment ?? '' } };
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit();
    if (output) props.onRate(output.chatRating.stars, output.chatRating.comment);
  };
  return (
    <form class="chat-rating" onSubmit={submit} aria-labelledby="chat-rating-title" novalidate>
      <h3 id="chat-rating-title">{c().rateTitle}</h3>
      <ErrorSummary form={form} labels={{ 'chatRating.stars': c().ratingLegend, 'chatRating.comment': c().commentLabel }} level={3} />
      <StarsField form={form} name="chatRating.stars" legend={c().ratingLegend} />
      <TextAreaField form={form} name="chatRating.comment" label={c().commentLabel} hint={c().commentHint} rows={2} />
      <button type="submit" class="button small">
        {c().rate}
      </button>
    </form>
  );
}
