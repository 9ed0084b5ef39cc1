// «Мои платежи» (being built).
import { t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';

export default function ReceiptsPage() {
  return <Page title={t().receipts.title}>{null}</Page>;
}
