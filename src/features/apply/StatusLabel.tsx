// A case's status as a coloured label that also says it in words: colour is never the only signal.
import type { ApplicationStatus } from '../../domain/application';
import { t } from '../../i18n/i18n';

export function StatusLabel(props: { status: ApplicationStatus }) {
  return <span class={`pill status-${props.status}`}>{t().apply.statuses[props.status]}</span>;
}
