// The console's address parameters, checked with valibot: the queue's filters and the open case.
// Kept apart from the pages so the route table (in the first bundle) stays small.
import * as v from 'valibot';
import { APPLICATION_STATUSES } from '../../domain/application';

const optionalText = (max: number) => v.fallback(v.optional(v.pipe(v.string(), v.maxLength(max))), undefined);

export const OperatorSearchSchema = v.object({
  // No defaults: an empty filter stays out of the address, so /operator is just /operator.
  status: v.fallback(v.optional(v.picklist(APPLICATION_STATUSES)), undefined),
  service: optionalText(60),
  q: optionalText(40),
  case: optionalText(64),
});
export type OperatorSearch = v.InferOutput<typeof OperatorSearchSchema>;
export type QueueFilter = Pick<OperatorSearch, 'status' | 'service' | 'q'>;
