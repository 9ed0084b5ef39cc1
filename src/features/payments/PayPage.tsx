// An invoice's payment page (being built).
import { t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';

export default function PayPage(_props: { invoiceId: string }) {
  return <Page title={t().pay.title}>{null}</Page>;
}
