// One knowledge-base article: what it is about, the steps (or a template's text to copy), links into
// the app, and the way on to a person when it did not help.
import { Link } from '../../ui/Link';
import { createSignal, For, Show } from 'solid-js';
import { locale } from '../../i18n/i18n';
import { openChat } from '../../ui/chatLauncher';
import { Page } from '../../ui/Page';
import { articleById } from './kb';
import { supportTexts } from '../../i18n/lazy/support';

export default function ArticlePage(props: { articleId: string }) {
  const article = () => articleById(props.articleId);
  const [copied, setCopied] = createSignal(false);
  const copy = async (text: string) => {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    setCopied(true);
  };
  return (
    <Show when={article()} fallback={<Page title={supportTexts().support.title} lead={supportTexts().support.articleNotFound} />}>
      {(found) => (
        <Page title={found().title[locale()]} lead={found().summary[locale()]}>
          <p class="muted">
            {supportTexts().support.kinds[found().kind]} · {supportTexts().support.categories[found().category]}
          </p>
          <section class="card" aria-labelledby="article-steps">
            <h2 id="article-steps">{found().kind === 'template' ? supportTexts().support.templateText : supportTexts().support.steps}</h2>
            <Show
              when={found().kind === 'template'}
              fallback={
                <ol>
                  <For each={found().body}>{(part) => <li>{part[locale()]}</li>}</For>
                </ol>
              }
            >
              <blockquote class="template-text">
                <For each={found().body}>{(part) => <p>{part[locale()]}</p>}</For>
              </blockquote>
              <button
                type="button"
                class="button secondary small"
                onClick={() =>
                  void copy(
                    found()
                      .body.map((part) => part[locale()])
                      .join('\n'),
                  )
                }
              >
                {supportTexts().support.copyTemplate}
              </button>
              <span role="status" class="muted small">
                {copied() ? ` ${supportTexts().support.copied}` : ''}
              </span>
            </Show>
          </section>
          <Show when={found().links.length > 0}>
            <nav class="card" aria-labelledby="article-links">
              <h2 id="article-links">{supportTexts().support.related}</h2>
              <ul>
                <For each={found().links}>
                  {(link) => (
                    <li>
                      <Link to={link.to as '/'}>{link.label[locale()]}</Link>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
          </Show>
          <section class="card" aria-labelledby="article-person">
            <h2 id="article-person">{supportTexts().support.stillNeed}</h2>
            <p>{supportTexts().support.stillNeedText}</p>
            <p class="actions">
              <button type="button" class="button" onClick={() => openChat()}>
                {supportTexts().support.openChat}
              </button>
              <Link to="/help">{supportTexts().support.allHelp}</Link>
            </p>
          </section>
        </Page>
      )}
    </Show>
  );
}
