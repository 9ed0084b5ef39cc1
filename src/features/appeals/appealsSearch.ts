// «Мои обращения» filters as URL search params, apart from the list logic so the route table (in the
// first bundle) carries no API schemas.
import * as v from 'valibot';
import { APPEAL_TYPES, SHORT_GROUNDS, TOPICS } from '../../domain/appeals/kinds';
import { APPEAL_STATUSES } from '../../domain/appeals/types';
import { SUPPORT_CATEGORIES } from '../../domain/support/supportCategories';

const optional = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);

export const AppealsSearchSchema = v.object({
  q: optional(v.pipe(v.string(), v.maxLength(120))),
  status: optional(v.picklist(APPEAL_STATUSES)),
  type: optional(v.picklist(APPEAL_TYPES)),
  archive: optional(v.literal(true)),
});
export type AppealsSearch = v.InferOutput<typeof AppealsSearchSchema>;

/** What «Подать жалобу», «Обжаловать решение» and «Не нашли услугу?» prefill. */
export const NewAppealSearchSchema = v.object({
  type: optional(v.picklist(APPEAL_TYPES)),
  topic: optional(v.picklist(TOPICS)),
  /** A support request's category (the chat's classification, when it offers a request). */
  category: optional(v.picklist(SUPPORT_CATEGORIES)),
  related: optional(v.pipe(v.string(), v.maxLength(40))),
  grounds: optional(v.picklist(SHORT_GROUNDS)),
  service: optional(v.pipe(v.string(), v.maxLength(60))),
  reason: optional(v.pipe(v.string(), v.maxLength(2000))),
  resend: optional(v.pipe(v.string(), v.maxLength(64))),
});
export type NewAppealSearch = v.InferOutput<typeof NewAppealSearchSchema>;

export const AppealPageSearchSchema = v.object({ sent: optional(v.literal(true)) });
