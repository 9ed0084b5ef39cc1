// The state fee of a service: its amount and legal purpose. Until payments exist the application
// stays a draft here; the payments feature will put «Оплатить» on this page and send the paid invoice.
import type { Service } from '../../domain/catalog/serviceSchema';
import { formatMoney } from '../../domain/money';
import { locale, t } from '../../i18n/i18n';

export function FeePage(props: { service: Service }) {
  return (
    <div>
      <dl class="facts">
        <dt>{t().catalog.fee}</dt>
        <dd>
          <strong>{formatMoney(props.service.fee!.amountKopecks, locale())}</strong> — {props.service.fee!.purpose[locale()]}
        </dd>
      </dl>
      <p class="notice">{t().apply.feePending}</p>
    </div>
  );
}
