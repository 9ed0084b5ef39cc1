// Changing the account's phone (issue 19.16): a code to the number in use and a code to the new one;
// both typed in before the number changes. The page and the server check with these schemas.
import * as v from 'valibot';
import { CodeSchema, CodeTicketSchema, FlowIdSchema } from './account';
import { PhoneSchema } from './identifiers';

export const PhoneChangeStartSchema = v.object({ phone: PhoneSchema });

/** Two tickets: `current` went to the number in use, `next` to the new number. */
export const PhoneChangeTicketsSchema = v.object({ current: CodeTicketSchema, next: CodeTicketSchema });
export type PhoneChangeTickets = v.InferOutput<typeof PhoneChangeTicketsSchema>;

export const PhoneChangeCodesSchema = v.object({ currentCode: CodeSchema, nextCode: CodeSchema });

export const PhoneChangeVerifySchema = v.object({
  currentFlowId: FlowIdSchema,
  nextFlowId: FlowIdSchema,
  ...PhoneChangeCodesSchema.entries,
});
