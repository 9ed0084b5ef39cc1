// «Скачать PDF» (rendered in the PDF worker) and «Отправить на почту» (to the simulated mailbox, the
// account's e-mail unless another address is typed) for one receipt, each with its own status line.
import { createSignal, Show } from 'solid-js';
import { renderReceiptPdf } from '../../client/pdfClient';
import type { ReceiptView } from '../../domain/payments/api';
import { fill, locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { downloadBlob } from '../../ui/downloadBlob';
import { emailReceipt } from './receiptsApi';
import type { ListedReceipt } from './receiptsQuery';
import { receiptsTexts } from '../../i18n/lazy/receipts';
import { StatusLine } from '../../ui/StatusLine';

type Message = { ok: boolean; text: string } | null;

export function ReceiptActions(props: { receipt: ListedReceipt }) {
  const [busy, setBusy] = createSignal<'pdf' | 'email' | null>(null);
  const [message, setMessage] = createSignal<Message>(null);
  const [to, setTo] = createSignal('');

  const run = async (kind: 'pdf' | 'email', work: () => Promise<string | null>) => {
    setBusy(kind);
    setMessage(null);
    try {
      const text = await work();
      if (text) setMessage({ ok: true, text });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(null);
    }
  };
  const download = () =>
    run('pdf', async () => {
      // Only the server's fields go to the worker, not the page's own marks.
      const { fromDevice: _mark, ...receipt } = props.receipt;
      const blob = await renderReceiptPdf({ receipt: receipt as ReceiptView, labels: receiptsTexts().receipts.pdf, language: locale() });
      downloadBlob(blob, `kvitanciya-${props.receipt.transactionId}.pdf`);
      return null;
    });
  const send = (event: SubmitEvent) => {
    event.preventDefault();
    void run('email', async () => {
      const { sentTo } = await emailReceipt(props.receipt.id, to().trim() || undefined);
      return fill(receiptsTexts().receipts.emailSent, { to: sentTo });
    });
  };

  return (
    <section class="card" aria-labelledby="receipt-actions-title">
      <h2 id="receipt-actions-title" class="visually-hidden">
        {receiptsTexts().receipts.download}
      </h2>
      <div class="button-row">
        <button type="button" class="button" disabled={busy() !== null} onClick={() => void download()}>
          {busy() === 'pdf' ? receiptsTexts().receipts.preparing : receiptsTexts().receipts.download}
        </button>
      </div>
      <Show when={!props.receipt.fromDevice}>
        <form onSubmit={send} aria-labelledby="receipt-email-title">
          <h3 id="receipt-email-title">{receiptsTexts().receipts.emailTitle}</h3>
          <div class="field">
            <label for="receipt-email">{receiptsTexts().receipts.emailTo}</label>
            <span class="hint" id="receipt-email-hint">
              {receiptsTexts().receipts.emailHint}
            </span>
            <input
              id="receipt-email"
              type="email"
              autocomplete="email"
              aria-describedby="receipt-email-hint"
              value={to()}
              onInput={(e) => setTo(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button secondary" disabled={busy() !== null}>
            {busy() === 'email' ? receiptsTexts().receipts.sending : receiptsTexts().receipts.email}
          </button>
        </form>
      </Show>
      <StatusLine message={message()} />
    </section>
  );
}
