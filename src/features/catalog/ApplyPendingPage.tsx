// Where «Получить услугу» leads until the application engine opens: says so plainly, never pretends.
import { Link } from '@tanstack/solid-router';
import { Show } from 'solid-js';
import { locale, t } from '../../i18n/i18n';
import { NotFound } from '../../ui/NotFound';
import { Page } from '../../ui/Page';
import { findService } from './catalogQuery';

export default function ApplyPendingPage(props: { serviceId: string }) {
  return (
    <Show when={findService(props.serviceId)} keyed fallback={<NotFound />}>
      {(service) => (
        <Page title={`${t().catalog.applyPendingTitle}: ${service.title[locale()]}`} lead={t().catalog.applyPendingText}>
          <div class="button-row">
            <Link to="/catalog/$serviceId" params={{ serviceId: service.id }} class="button secondary">
              {service.title[locale()]}
            </Link>
            <Link to="/profile/documents" class="button secondary">
              {t().documents.title}
            </Link>
          </div>
        </Page>
      )}
    </Show>
  );
}
