// The 404 page for any address the app does not know.
import { Link } from './Link';
import { t } from '../i18n/i18n';
import { Page } from './Page';

export function NotFound() {
  return (
    <Page title={t().notFound.title} lead={t().notFound.text}>
      <Link to="/" class="button">
        {t().notFound.home}
      </Link>
    </Page>
  );
}
