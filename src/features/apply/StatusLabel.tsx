// A case's status as a coloured label that also says it in words: colour is never the only signal.
import type { ApplicationStatus } from '../../domain/application';

import { catalogTexts } from '../../i18n/lazy/catalog';

export function StatusLabel(props: { status: ApplicationStatus }) {
  return <span class={`pill status-${props.status}`}>{catalogTexts().apply.statuses[props.status]}</span>;
}
