// «Помощь»: the knowledge base — search with typos and word forms forgiven, or browse by kind — and
// the ways to a person (chat, contacts). Works offline: articles and the index ship with the page.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createMemo, For, Show } from 'solid-js';
import { ARTICLE_KINDS } from '../../domain/support/articleSchema';
import { fill } from '../../i18n/i18n';
import { openChat } from '../../ui/chatLauncher';
import { Page } from '../../ui/Page';
import { ArticleCard } from './ArticleCard';
import type { HelpSearch } from './helpSearch';
import { ARTICLES, kbIndex } from './kb';
import { supportTexts } from '../../i18n/lazy/support';

const SEARCH_LIMIT = 10;

export default function HelpPage(props: { search: HelpSearch }) {
  const navigate = useNavigate();
  const query = () => props.search.q ?? '';
  const results = createMemo(() => (query().trim() === '' ? null : kbIndex().search(query(), SEARCH_LIMIT)));
  const update = (q: string) => void navigate({ to: '/help', search: { q: q || undefined }, replace: true });
  return (
    <Page title={supportTexts().support.title} lead={supportTexts().support.lead}>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field field-wide">
          <label for="help-q">{supportTexts().support.searchLabel}</label>
          <span class="hint" id="help-q-hint">
            {supportTexts().support.searchHint}
          </span>
          <input
            id="help-q"
            type="search"
            value={query()}
            aria-describedby="help-q-hint"
            aria-controls="help-results"
            onInput={(e) => update(e.currentTarget.value)}
          />
        </div>
      </form>
      <p role="status" aria-live="polite" class="found">
        <Show when={results()}>
          {(found) =>
            found().length
              ? fill(supportTexts().support.resultsCount, { count: found().length })
              : fill(supportTexts().support.noResults, { query: query() })
          }
        </Show>
      </p>
      <div id="help-results">
        <Show
          when={results()}
          fallback={
            <For each={ARTICLE_KINDS}>
              {(kind) => (
                <section aria-labelledby={`kind-${kind}`}>
                  <h2 id={`kind-${kind}`}>{supportTexts().support.kinds[kind]}</h2>
                  <ul class="article-list">
                    <For each={ARTICLES.filter((a) => a.kind === kind)}>{(article) => <ArticleCard article={article} />}</For>
                  </ul>
                </section>
              )}
            </For>
          }
        >
          {(found) => (
            <ul class="article-list">
              <For each={found()}>{(article) => <ArticleCard article={article} headingLevel={2} />}</For>
            </ul>
          )}
        </Show>
      </div>
      <section class="card" aria-labelledby="help-person">
        <h2 id="help-person">{supportTexts().support.stillNeed}</h2>
        <p>{supportTexts().support.stillNeedText}</p>
        <p class="actions">
          <button type="button" class="button" onClick={() => openChat()}>
            {supportTexts().support.openChat}
          </button>
          <Link to="/appeals/new" search={{ type: 'support' }}>
            {supportTexts().support.requestLink}
          </Link>
          <Link to="/help/contacts">{supportTexts().support.contactsLink}</Link>
        </p>
      </section>
    </Page>
  );
}
