// The state fee of a service: its amount and legal purpose, and the draft's own invoice (made once per
// draft, so coming back never bills twice) with «Оплатить». Until it is paid the wizard stops here and
// the application stays a draft; the submission carries the paid invoice (see applyApi.ts).
import { Link } from '../../ui/Link';
import { createResource, Match, Switch } from 'solid-js';
import type { Service } from '../../domain/catalog/serviceSchema';
import { formatMoney } from '../../domain/money';
import { locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { settled } from '../../ui/settled';
import { createInvoice } from '../../client/paymentsApi';
import { paidFeeInvoice } from './applyApi';
import { catalogTexts } from '../../i18n/lazy/catalog';
import type { Answers } from '../../domain/catalog/formSchema';
import type { ResultWay } from '../../domain/catalog/kinds';
import { draftFee, RESULT_KEY } from './wizardSteps';

/** Why Continue must wait on the fee page, or null once the draft's fee is paid. Asked fresh each time. */
export async function feeUnpaidReason(draftId: string): Promise<string | null> {
  try {
    return (await paidFeeInvoice(draftId)) ? null : catalogTexts().apply.feeUnpaid;
  } catch (error) {
    return errorText(error);
  }
}

export function FeePage(props: { service: Service; draftId: string; answers: Answers }) {
  const fee = () => draftFee(props.service, props.answers);
  // A paper certificate's fee depends on the region and the way: the server computes it from both.
  const [invoice] = createResource(
    () => ({
      serviceId: props.service.id,
      draftId: props.draftId,
      resultWay: props.answers[RESULT_KEY] as ResultWay | undefined,
      region: typeof props.answers['region'] === 'string' ? props.answers['region'] : undefined,
    }),
    (input) => createInvoice({ kind: 'fee', ...input }),
  );
  const back = () => `/catalog/${encodeURIComponent(props.service.id)}/apply?draft=${encodeURIComponent(props.draftId)}`;
  return (
    <div>
      <dl class="facts">
        <dt>{catalogTexts().catalog.fee}</dt>
        <dd>
          <strong>{formatMoney(fee()?.amountKopecks ?? 0, locale())}</strong> — {fee()?.purpose[locale()]}
        </dd>
      </dl>
      <Switch fallback={<p role="status">{catalogTexts().apply.feeLoading}</p>}>
        <Match when={invoice.error}>
          <p class="notice error" role="alert">{`${errorText(invoice.error)} ${catalogTexts().apply.feeKept}`}</p>
        </Match>
        <Match when={settled(invoice)?.status === 'paid'}>
          <p class="notice success" role="status">
            {catalogTexts().apply.feePaid}
          </p>
        </Match>
        <Match when={settled(invoice)} keyed>
          {(open) => (
            <>
              <p class="notice">{open.status === 'processing' ? catalogTexts().apply.feeProcessing : catalogTexts().apply.feeDue}</p>
              <Link to="/pay/$invoiceId" params={{ invoiceId: open.id }} search={{ back: back() }} class="button">
                {catalogTexts().apply.feePay}
              </Link>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
