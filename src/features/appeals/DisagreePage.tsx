// «Куда обращаться в случае несогласия»: the ways a citizen can go on after an answer (invented contacts).
import { Link } from '@tanstack/solid-router';
import { For } from 'solid-js';
import { loadTexts, t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';

await loadTexts('appeals');

export default function DisagreePage() {
  const d = () => t().appeals.disagree;
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
        <Link to="/appeals/new" search={{ type: 'objection' }} class="button">{t().appeals.objectLink}</Link>
      </p>
    </Page>
  );
}
