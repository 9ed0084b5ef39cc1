// One-time codes: every flow that sends a code (registration, sign-in, reset, signing an application)
// asks for a new one the same way, by its flow id.
import { apiPost } from './api';
import { CodeTicketSchema } from '../domain/account';

export const resendCode = (flowId: string) => apiPost('/auth/code/resend', { flowId }, CodeTicketSchema);
