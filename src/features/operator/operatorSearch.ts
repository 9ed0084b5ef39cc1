// The console's address parameters (src/ui/searchParams.ts): the queue's filters and the open case.
// Kept apart from the pages so the route table (in the first bundle) stays small.
import { APPLICATION_STATUSES } from '../../domain/statuses';
import { oneOf, searchParams, text } from '../../ui/searchParams';

export const OperatorSearchSchema = searchParams({
  // No defaults: an empty filter stays out of the address, so /operator is just /operator.
  status: oneOf(APPLICATION_STATUSES),
  service: text(60),
  q: text(40),
  case: text(64),
});
export type OperatorSearch = ReturnType<typeof OperatorSearchSchema>;
export type QueueFilter = Pick<OperatorSearch, 'status' | 'service' | 'q'>;
