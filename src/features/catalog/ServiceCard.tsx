// One service in the catalog list: title link, summary, category, time frame and fee.
import { Link } from '@tanstack/solid-router';
import type { Service } from '../../domain/catalog/serviceSchema';
import { formatMoney } from '../../domain/money';
import { locale, t } from '../../i18n/i18n';

export function ServiceCard(props: { service: Service }) {
  const lang = () => locale();
  return (
    <li class="card">
      <h2 class="service-title">
        <Link to="/catalog/$serviceId" params={{ serviceId: props.service.id }}>
          {props.service.title[lang()]}
        </Link>
      </h2>
      <p>{props.service.summary[lang()]}</p>
      <p class="meta">
        {t().catalog.categories[props.service.category]} · {t().catalog.kinds[props.service.kind]} · {t().catalog.terms[props.service.term]} ·{' '}
        {props.service.fee ? formatMoney(props.service.fee.amountKopecks, lang()) : t().catalog.free}
      </p>
    </li>
  );
}
