// «Проверить документ» (being built).
import { t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';

export default function VerifyPage() {
  return <Page title={t().verify.title}>{null}</Page>;
}
