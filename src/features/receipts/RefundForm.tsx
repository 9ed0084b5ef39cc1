// «Вернуть деньги» on one receipt: the reason, then the department's answer. A refusal (422 with the
// rule's reason, or a refund already asked for) is said in words, never as a bare error code.
import { createSignal, For, Show } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { createLiveQuery } from '../../client/createLiveQuery';
import type { ReceiptView, RefundView } from '../../domain/payments/api';
import { refundChoice, type RefundReason } from '../../domain/payments/refundRules';

import { errorText } from '../../ui/errorText';
import { requestRefund } from './receiptsApi';
import { refundFacts } from './refundFacts';
import { receiptsTexts } from '../../i18n/lazy/receipts';

type Refusals = ReturnType<typeof receiptsTexts>['receipts']['refusals'];

/** The sentence for a refused refund, or the common one for any other failure. */
export function refundRefusal(error: unknown): string {
  const refusals: Refusals = receiptsTexts().receipts.refusals;
  if (error instanceof ApiRequestError) {
    const why = error.code === 'refund_not_allowed' ? String(error.data?.why ?? '') : error.code;
    if (why in refusals) return refusals[why as keyof Refusals];
  }
  return errorText(error);
}

/**
 * «Вернуть деньги» where the refund rules allow it (only the reasons they allow), and where they do not,
 * why not instead of a form that could only be refused.
 */
export function RefundOffer(props: { accountId: string; receipt: ReceiptView; onRequested: (refund: RefundView) => void }) {
  const facts = createLiveQuery(() => refundFacts(props.accountId, props.receipt));
  const choice = () => {
    const known = facts.value();
    return known ? refundChoice(known) : undefined;
  };
  const reasons = () => {
    const c = choice();
    return c && 'reasons' in c ? c.reasons : undefined;
  };
  const why = () => {
    const c = choice();
    return c && 'why' in c ? c.why : undefined;
  };
  return (
    <>
      <Show when={reasons()} keyed>
        {(allowed) => <RefundForm paymentId={props.receipt.invoiceId} reasons={allowed} onRequested={props.onRequested} />}
      </Show>
      <Show when={why()}>
        {(refusal) => (
          <section class="card" aria-labelledby="refund-title">
            <h2 id="refund-title">{receiptsTexts().receipts.refundTitle}</h2>
            <p>
              <strong>{receiptsTexts().receipts.refundRefused}.</strong> {receiptsTexts().receipts.refusals[refusal()]}
            </p>
            <p class="meta">{receiptsTexts().receipts.refundWhen}</p>
          </section>
        )}
      </Show>
    </>
  );
}

export function RefundForm(props: { paymentId: string; reasons: readonly RefundReason[]; onRequested: (refund: RefundView) => void }) {
  const [reason, setReason] = createSignal<RefundReason>(props.reasons[0]!);
  const [refused, setRefused] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setRefused(null);
    try {
      props.onRequested(await requestRefund(props.paymentId, reason()));
    } catch (error) {
      setRefused(refundRefusal(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card" aria-labelledby="refund-title" onSubmit={(e) => void submit(e)}>
      <h2 id="refund-title">{receiptsTexts().receipts.refundTitle}</h2>
      <fieldset class="field">
        <legend>{receiptsTexts().receipts.refundReason}</legend>
        <For each={props.reasons}>
          {(value) => (
            <div class="check">
              <input
                type="radio"
                id={`refund-${value}`}
                name="refund-reason"
                value={value}
                checked={reason() === value}
                onChange={() => setReason(value)}
              />
              <label for={`refund-${value}`}>{receiptsTexts().receipts.reasons[value]}</label>
            </div>
          )}
        </For>
      </fieldset>
      <Show when={refused()}>
        <div class="notice error" role="alert">
          <p>
            <strong>{receiptsTexts().receipts.refundRefused}</strong>
          </p>
          <p>{refused()}</p>
        </div>
      </Show>
      <button type="submit" class="button" disabled={busy()}>
        {receiptsTexts().receipts.refundAction}
      </button>
    </form>
  );
}
