// The pay page's state: which step the gateway asked for, and what each answer means. It holds the
// invoice and the current attempt only; card data stays in the form and is sent once with `start`.
import { createSignal } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import type { CodeTicket } from '../../domain/account';
import type { InvoiceView, PayRequest, PayStep, ReceiptView } from '../../domain/payments/api';
import { errorText } from '../../ui/errorText';
import { payErrorKind, payErrorText } from './payErrors';
import { confirmPayment, pay, readInvoice, readReceipt, resendPaymentCode } from '../../client/paymentsApi';

export type Stage =
  | { name: 'choose' }
  | { name: 'code'; attemptId: string; ticket: CodeTicket }
  | { name: 'redirect'; attemptId: string; bank: Extract<PayStep, { step: 'redirect' }>['bank']; token: string }
  | { name: 'terminal'; attemptId: string; orderNumber: string; qrPayload: string; expiresAt: number }
  | { name: 'processing' }
  | { name: 'stale' }
  | { name: 'paid'; receipt: ReceiptView | null };

export function createPayFlow(invoice: InvoiceView) {
  const [current, setCurrent] = createSignal(invoice);
  const [stage, setStage] = createSignal<Stage>({ name: 'choose' });
  /** Why the last try failed, shown above the method form that stays filled in. */
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const showPaid = async (paid: InvoiceView) => {
    setCurrent(paid);
    const receipt = paid.receiptId ? await readReceipt(paid.receiptId).catch(() => null) : null;
    setStage({ name: 'paid', receipt });
  };

  /** Re-reads the invoice: paid, still waiting for its bank, or open again after a timeout that did not charge. */
  const recheck = async () => {
    try {
      const fresh = await readInvoice(current().id);
      setCurrent(fresh);
      if (fresh.status === 'paid') return showPaid(fresh);
      if (fresh.status === 'processing') return setStage({ name: 'processing' });
      if (stage().name === 'processing') {
        setFailure(payErrorText('timeout_failed'));
        setStage({ name: 'choose' });
      }
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  const onStep = (step: PayStep) => {
    setFailure(null);
    switch (step.step) {
      case 'code':
        return setStage({ name: 'code', attemptId: step.attemptId, ticket: step.ticket });
      case 'redirect':
        return setStage({ name: 'redirect', attemptId: step.attemptId, bank: step.bank, token: step.token });
      case 'terminal':
        return setStage({
          name: 'terminal',
          attemptId: step.attemptId,
          orderNumber: step.orderNumber,
          qrPayload: step.qrPayload,
          expiresAt: step.expiresAt,
        });
      case 'done':
        setCurrent(step.invoice);
        return setStage({ name: 'paid', receipt: step.receipt });
    }
  };

  /** Turns a failed call into the next stage; answers field errors for the form, rethrows code errors. */
  const onError = async (error: unknown): Promise<Record<string, string> | undefined> => {
    if (!(error instanceof ApiRequestError)) {
      setFailure(errorText(error));
      setStage({ name: 'choose' });
      return undefined;
    }
    switch (payErrorKind(error.code)) {
      case 'code':
        throw error;
      case 'fields':
        if (error.fields) return error.fields;
        break;
      case 'processing':
        setStage({ name: 'processing' });
        return undefined;
      case 'paid':
        await recheck();
        return undefined;
      case 'stale':
        setFailure(payErrorText(error.code, error.data));
        setStage({ name: 'stale' });
        return undefined;
      case 'retry':
        break;
    }
    setFailure(payErrorText(error.code, error.data));
    setStage({ name: 'choose' });
    return undefined;
  };

  const run = async (call: () => Promise<PayStep>): Promise<Record<string, string> | undefined> => {
    if (busy()) return undefined;
    setBusy(true);
    try {
      onStep(await call());
      return undefined;
    } catch (error) {
      return await onError(error);
    } finally {
      setBusy(false);
    }
  };

  const attemptId = () => (stage() as { attemptId?: string }).attemptId ?? '';
  return {
    invoice: current,
    stage,
    failure,
    busy,
    recheck,
    /** Starts paying; answers field errors (path → code) when the gateway refused the form. */
    start: (request: PayRequest) => run(() => pay(current().id, request)),
    /** For CodeStep: code errors are rethrown so the code field shows them. */
    confirmCode: async (code: string) => void (await run(() => confirmPayment(current().id, { attemptId: attemptId(), code }))),
    resend: () => resendPaymentCode(current().id, attemptId()),
    answerBank: (approve: boolean) => {
      const now = stage();
      if (now.name !== 'redirect') return;
      void run(() => confirmPayment(current().id, { attemptId: now.attemptId, token: now.token, approve }));
    },
    /** Leaves a step the user gave up on (a closed bank screen, a terminal order): the form comes back. */
    back: () => setStage({ name: 'choose' }),
    showPaid,
  };
}

export type PayFlow = ReturnType<typeof createPayFlow>;
