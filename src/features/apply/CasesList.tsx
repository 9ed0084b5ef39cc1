// The sent applications as a virtualized list: only the rows in view are in the DOM, so 10,000
// applications scroll as smoothly as ten. Each row still tells assistive tech its place in the whole,
// and the scroll area takes the keyboard focus, so arrows and Page Down reach rows not yet rendered.
import { Link } from '../../ui/Link';
import { createVirtualizer } from '@tanstack/solid-virtual';
import { measureRow } from '../../ui/measureRow';
import { createMemo, Index } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { findService } from '../../domain/catalog/services';
import { StatusLabel } from './StatusLabel';
import { visibleRows } from './visibleRows';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { casesTexts } from '../../i18n/lazy/cases';

/** A row's height before it is measured (.case-row's min-height in styles.css), and the space between rows. */
const ROW_HEIGHT = 84;
const ROW_GAP = 8;

export function CasesList(props: { cases: ApplicationView[] }) {
  let scroller: HTMLDivElement | undefined;
  const virtualizer = createVirtualizer({
    get count() {
      return props.cases.length;
    },
    getScrollElement: () => scroller ?? null,
    estimateSize: () => ROW_HEIGHT,
    gap: ROW_GAP,
    overscan: 6,
  });
  // Rows are paired with their applications in one memo, so a row never reads an index that vanished.
  const rows = createMemo(() => visibleRows(virtualizer.getVirtualItems(), props.cases));
  return (
    <div ref={scroller} class="case-scroller" tabIndex={0} role="region" aria-label={casesTexts().cases.scrollLabel}>
      <ul class="case-list" aria-label={casesTexts().cases.listLabel} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        <Index each={rows()}>
          {(row) => {
            const app = () => row().app;
            return (
              <li
                class="case-row"
                ref={(element) => measureRow(virtualizer, element, () => row().index)}
                aria-setsize={props.cases.length}
                aria-posinset={row().index + 1}
                style={{ transform: `translateY(${row().start}px)` }}
              >
                <Link to="/applications/$applicationId" params={{ applicationId: app().id }} class="case-title">
                  {findService(app().serviceId)?.title[locale()] ?? app().serviceId}
                </Link>
                <p class="meta">
                  <span class="reference">{fill(catalogTexts().apply.numberShort, { number: app().number })}</span> ·{' '}
                  <StatusLabel status={app().status} /> · {fill(casesTexts().cases.submitted, { when: formatDateTime(app().submittedAt) })}
                </p>
              </li>
            );
          }}
        </Index>
      </ul>
    </div>
  );
}
