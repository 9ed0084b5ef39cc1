// «Куда обращаться в случае несогласия»: the ways a citizen can go on after an answer (invented contacts).
import { Link } from '../../ui/Link';
import { For } from 'solid-js';

import { Page } from '../../ui/Page';
import { appealsTexts } from '../../i18n/lazy/appeals';

export default function DisagreePage() {
  const d = () => appealsTexts().appeals.disagree;
  return (
    <Page title={d().title} lead={d().lead}>
      <ol>
        <For each={d().ways}>
          {(way) => (
            <li>
              <h2>{way.title}</h2>
              <p>{way.text}</p>
            </li>
          )}
        </For>
      </ol>
      <p>
        <Link to="/appeals/new" search={{ type: 'objection' }} class="button">
          {appealsTexts().appeals.objectLink}
        </Link>
      </p>
    </Page>
  );
}
