// The fines a search found: date, offence, amount, the discounted amount and its last day while the
// discount applies, paid ones marked. Unpaid ones can be chosen and paid together in one invoice.
import { createSignal, For, Show } from 'solid-js';
import type { FineView } from '../../domain/payments/api';
import { formatMoney } from '../../domain/money';
import { articleText } from '../../domain/payments/fines';
import { fill, locale } from '../../i18n/i18n';
import { chosenTotal, formatDay } from './fineSearch';
import { payTexts } from '../../i18n/lazy/pay';

export function FineList(props: { fines: FineView[]; busy: boolean; onPay: (uins: string[]) => void }) {
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = createSignal(false);
  const money = (kopecks: number) => formatMoney(kopecks, locale());
  const toggle = (uin: string, on: boolean) => {
    const next = new Set(chosen());
    if (on) next.add(uin);
    else next.delete(uin);
    setChosen(next);
    setProblem(false);
  };
  const discounted = (fine: FineView) => fine.status === 'unpaid' && fine.payableKopecks < fine.amountKopecks;
  const pay = () => {
    const uins = props.fines.filter((f) => f.status === 'unpaid' && chosen().has(f.uin)).map((f) => f.uin);
    if (!uins.length) return setProblem(true);
    props.onPay(uins);
  };
  return (
    <section aria-labelledby="fines-found">
      <h2 id="fines-found">{fill(payTexts().pay.fines.found, { count: props.fines.length })}</h2>
      <Show when={props.fines.length} fallback={<p>{payTexts().pay.fines.none}</p>}>
        <ul class="service-list">
          <For each={props.fines}>
            {(fine) => (
              <li class="card">
                <Show
                  when={fine.status === 'unpaid'}
                  fallback={
                    <p>
                      <span class="pill level-confirmed">{payTexts().pay.fines.paid}</span> <strong>{fine.offence[locale()]}</strong>
                    </p>
                  }
                >
                  <div class="check">
                    <input
                      type="checkbox"
                      id={`fine-${fine.uin}`}
                      checked={chosen().has(fine.uin)}
                      onChange={(e) => toggle(fine.uin, e.currentTarget.checked)}
                    />
                    <label for={`fine-${fine.uin}`}>
                      <strong>{fine.offence[locale()]}</strong>
                    </label>
                  </div>
                </Show>
                <dl class="facts">
                  <dt>{payTexts().pay.fines.uin}</dt>
                  <dd class="reference">{fine.uin}</dd>
                  <dt>{payTexts().pay.fines.date}</dt>
                  <dd>{`${formatDay(fine.rulingDate, locale())}, ${fine.place}`}</dd>
                  <dt>{payTexts().pay.fines.article}</dt>
                  <dd>{articleText(fine.article, locale())}</dd>
                  <dt>{payTexts().pay.fines.amount}</dt>
                  <dd>
                    <Show when={discounted(fine)} fallback={money(fine.amountKopecks)}>
                      <s>{money(fine.amountKopecks)}</s>{' '}
                      <strong>
                        {fill(payTexts().pay.fines.discount, { amount: money(fine.payableKopecks), until: formatDay(fine.discountUntil!, locale()) })}
                      </strong>
                    </Show>
                  </dd>
                </dl>
              </li>
            )}
          </For>
        </ul>
        <Show when={props.fines.some((f) => f.status === 'unpaid')}>
          <p>
            <strong>{fill(payTexts().pay.fines.chosenTotal, { count: chosen().size, amount: money(chosenTotal(props.fines, chosen())) })}</strong>
          </p>
          <div role="alert">
            <Show when={problem()}>
              <p class="notice error">{payTexts().pay.fines.chooseOne}</p>
            </Show>
          </div>
          <button type="button" class="button" disabled={props.busy} onClick={pay}>
            {payTexts().pay.fines.payChosen}
          </button>
        </Show>
      </Show>
    </section>
  );
}
