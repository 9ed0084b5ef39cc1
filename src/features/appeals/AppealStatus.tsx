// An appeal's status as a coloured label that says it in words too: colour is never the only signal.
import type { AppealStatus as Status } from '../../domain/appeals/types';

import { appealsTexts } from '../../i18n/lazy/appeals';

export function AppealStatus(props: { status: Status }) {
  return <span class={`pill appeal-${props.status}`}>{appealsTexts().appeals.statuses[props.status]}</span>;
}
