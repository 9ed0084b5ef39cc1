// «Вернуть деньги» on one receipt: the reason, then the department's answer. A refusal (422 with the
// rule's reason, or a refund already asked for) is said in words, never as a bare error code.
import { createSignal, For, Show } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { REFUND_REASONS, type RefundView } from '../../domain/payments/api';
import { t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { requestRefund } from './receiptsApi';

type Refusals = ReturnType<typeof t>['receipts']['refusals'];

/** The sentence for a refused refund, or the common one for any other failure. */
export function refundRefusal(error: unknown): string {
  const refusals: Refusals = t().receipts.refusals;
  if (error instanceof ApiRequestError) {
    const why = error.code === 'refund_not_allowed' ? String(error.data?.why ?? '') : error.code;
    if (why in refusals) return refusals[why as keyof Refusals];
  }
  return errorText(error);
}

export function RefundForm(props: { paymentId: string; onRequested: (refund: RefundView) => void }) {
  const [reason, setReason] = createSignal<RefundView['reason']>('duplicate');
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
      <h2 id="refund-title">{t().receipts.refundTitle}</h2>
      <fieldset class="field">
        <legend>{t().receipts.refundReason}</legend>
        <For each={REFUND_REASONS}>
          {(value) => (
            <div class="check">
              <input type="radio" id={`refund-${value}`} name="refund-reason" value={value} checked={reason() === value} onChange={() => setReason(value)} />
              <label for={`refund-${value}`}>{t().receipts.reasons[value]}</label>
            </div>
          )}
        </For>
      </fieldset>
      <Show when={refused()}>
        <div class="notice error" role="alert">
          <p>
            <strong>{t().receipts.refundRefused}</strong>
          </p>
          <p>{refused()}</p>
        </div>
      </Show>
      <button type="submit" class="button" disabled={busy()}>
        {t().receipts.refundAction}
      </button>
    </form>
  );
}
