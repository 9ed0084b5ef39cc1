// «Мои обращения» filters as URL search params (src/ui/searchParams.ts), apart from the list logic so the
// route table (in the first bundle) carries no API schemas.
import { APPEAL_TYPES, SHORT_GROUNDS, TOPICS } from '../../domain/appeals/kinds';
import { APPEAL_STATUSES } from '../../domain/appeals/statuses';
import { SUPPORT_CATEGORIES } from '../../domain/support/supportCategories';
import { on, oneOf, searchParams, text } from '../../ui/searchParams';

export const AppealsSearchSchema = searchParams({
  q: text(120),
  status: oneOf(APPEAL_STATUSES),
  type: oneOf(APPEAL_TYPES),
  archive: on,
});
export type AppealsSearch = ReturnType<typeof AppealsSearchSchema>;

/** What «Подать жалобу», «Обжаловать решение» and «Не нашли услугу?» prefill. */
export const NewAppealSearchSchema = searchParams({
  type: oneOf(APPEAL_TYPES),
  topic: oneOf(TOPICS),
  /** A support request's category (the chat's classification, when it offers a request). */
  category: oneOf(SUPPORT_CATEGORIES),
  related: text(40),
  grounds: oneOf(SHORT_GROUNDS),
  service: text(60),
  reason: text(2000),
  resend: text(64),
});
export type NewAppealSearch = ReturnType<typeof NewAppealSearchSchema>;

export const AppealPageSearchSchema = searchParams({ sent: on });
