// One service in the catalog list: title link, summary, category, time frame and fee.
import { Link } from '../../ui/Link';
import type { Service } from '../../domain/catalog/serviceSchema';
import { formatMoney } from '../../domain/money';
import { locale } from '../../i18n/i18n';
import { catalogTexts } from '../../i18n/lazy/catalog';

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
        {catalogTexts().catalog.categories[props.service.category]} · {catalogTexts().catalog.kinds[props.service.kind]} ·{' '}
        {catalogTexts().catalog.terms[props.service.term]} ·{' '}
        {props.service.fee ? formatMoney(props.service.fee.amountKopecks, lang()) : catalogTexts().catalog.free}
      </p>
    </li>
  );
}
