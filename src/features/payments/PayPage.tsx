// An invoice's payment page: what is paid and to whom, a method with its commission, the gateway's
// step (code, bank screen, terminal), and how it ended. Every failure is explained and can be retried
// with what was typed still in place; card data is never stored.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createEffect, createMemo, createResource, Match, on, onMount, Show, Switch } from 'solid-js';
import type { AccountView } from '../../domain/account';
import type { InvoiceView } from '../../domain/payments/api';

import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { settled } from '../../ui/settled';
import { useAccount } from '../../ui/signedIn';
import { createPayFlow, type Stage } from './createPayFlow';
import { BankScreen, CodeScreen, TerminalScreen } from './GatewaySteps';
import { createMethodForm, MethodForm } from './MethodForm';
import { PaidScreen, ProcessingScreen } from './PayResult';
import { METHOD_KEY } from './payRequest';
import { InvoiceSummary } from './InvoiceSummary';
import { readInvoice } from '../../client/paymentsApi';
import { payTexts } from '../../i18n/lazy/pay';

/** A link back where the payment was started (the wizard's fee step, the fines, «Мои платежи»), within this app only. */
function BackLink(props: { back?: string; invoice: InvoiceView }) {
  const navigate = useNavigate();
  const href = () => props.back ?? (props.invoice.kind === 'fine' ? '/fines' : '/applications');
  const label = () =>
    props.back?.startsWith('/payments')
      ? payTexts().pay.backToPayments
      : props.invoice.kind === 'fine'
        ? payTexts().pay.backToFines
        : payTexts().pay.backToApplication;
  return (
    <p>
      <a
        href={href()}
        onClick={(event) => {
          event.preventDefault();
          void navigate({ href: href() });
        }}
      >
        {label()}
      </a>
    </p>
  );
}

function PayView(props: { invoice: InvoiceView; account: AccountView; back?: string }) {
  const flow = createPayFlow(props.invoice);
  const form = createMethodForm(props.account.phone);
  onMount(() => {
    if (props.invoice.status === 'paid') void flow.showPaid(props.invoice);
    else if (props.invoice.status === 'processing') void flow.recheck();
  });
  // Each new step is announced: its heading takes the focus.
  // A memo: a stage set again under the same name (a recheck) is not a new step.
  const stageName = createMemo(() => flow.stage().name);
  createEffect(on(stageName, () => queueMicrotask(() => document.getElementById('pay-stage-title')?.focus()), { defer: true }));
  const pay = async (request: Parameters<typeof flow.start>[0]) => {
    const fields = await flow.start(request);
    if (fields) form.showServerErrors(fields);
  };
  const is = <N extends Stage['name']>(name: N) => {
    const now = flow.stage();
    return now.name === name ? (now as Extract<Stage, { name: N }>) : undefined;
  };
  return (
    <>
      <InvoiceSummary invoice={flow.invoice()} />
      <Switch>
        <Match when={is('choose')}>
          <div role="alert">
            <Show when={flow.failure()}>
              <p class="notice error">{flow.failure()}</p>
            </Show>
          </div>
          <MethodForm form={form} invoice={flow.invoice()} busy={flow.busy()} onPay={(request) => void pay(request)} />
        </Match>
        <Match when={is('code')}>{(stage) => <CodeScreen flow={flow} stage={stage()} card={form.values[METHOD_KEY] === 'card'} />}</Match>
        <Match when={is('redirect')}>{(stage) => <BankScreen flow={flow} stage={stage()} />}</Match>
        <Match when={is('terminal')}>{(stage) => <TerminalScreen flow={flow} stage={stage()} />}</Match>
        <Match when={is('processing')}>
          <ProcessingScreen flow={flow} />
        </Match>
        <Match when={is('stale')}>
          <p class="notice error" role="alert">
            {flow.failure()}
          </p>
        </Match>
        <Match when={is('paid')}>{(stage) => <PaidScreen receipt={stage().receipt} />}</Match>
      </Switch>
      <BackLink back={props.back} invoice={flow.invoice()} />
    </>
  );
}

function Loader(props: { invoiceId: string; account: AccountView; back?: string }) {
  const [invoice] = createResource(() => props.invoiceId, readInvoice);
  return (
    <>
      <Show when={invoice.loading && !settled(invoice)}>
        <p role="status">{payTexts().pay.loading}</p>
      </Show>
      <Show when={invoice.error}>
        <p class="notice error" role="alert">
          {errorText(invoice.error)}
        </p>
        <Link to="/payments">{payTexts().pay.receiptsLink}</Link>
      </Show>
      <Show when={settled(invoice)} keyed>
        {(loaded) => <PayView invoice={loaded} account={props.account} back={props.back} />}
      </Show>
    </>
  );
}

export default function PayPage(props: { invoiceId: string; back?: string }) {
  const account = useAccount();
  return (
    <Page title={payTexts().pay.title}>
      <Loader invoiceId={props.invoiceId} account={account()} back={props.back} />
    </Page>
  );
}
