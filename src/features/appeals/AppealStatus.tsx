// An appeal's status as a coloured label that says it in words too: colour is never the only signal.
import type { AppealStatus as Status } from '../../domain/appeals/types';
import { t } from '../../i18n/i18n';

export function AppealStatus(props: { status: Status }) {
  return <span class={`pill appeal-${props.status}`}>{t().appeals.statuses[props.status]}</span>;
}
