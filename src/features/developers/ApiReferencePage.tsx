// «Справочник API»: the OpenAPI document the service worker serves, for people — routes grouped by tag,
// each with its fields, an example and its error codes. Offline like the worker that answers it.
import { createResource, For, Show } from 'solid-js';
import { fill, locale } from '../../i18n/i18n';
import { developersTexts } from '../../i18n/lazy/developers';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { readApiDocument, routesByTag } from './apiDocument';
import { RouteDetails } from './RouteDetails';

export default function ApiReferencePage() {
  const texts = () => developersTexts().apiReference;
  const [document] = createResource(readApiDocument);
  const groups = () => (document() ? routesByTag(document()!) : []);
  return (
    <Page title={texts().title} lead={texts().lead}>
      <p>
        <a href="/api/openapi.json">{texts().documentLink}</a>
      </p>
      <div role="status">
        <Show when={document.loading}>
          <p class="notice">{texts().loading}</p>
        </Show>
      </div>
      <Show when={document.error}>
        <p class="notice error" role="alert">
          {fill(texts().failed, { reason: errorText(document.error) })}
        </p>
      </Show>
      <Show when={document()}>
        <p>{texts().errorShape}</p>
        <nav aria-labelledby="api-contents">
          <h2 id="api-contents">{texts().contents}</h2>
          <ul>
            <For each={groups()}>
              {(group) => (
                <li>
                  <a href={`#api-tag-${group.tag.name}`}>{group.tag.name}</a> —{' '}
                  {locale() === 'en' ? group.tag.description : group.tag['x-okno-description-ru']}
                </li>
              )}
            </For>
          </ul>
        </nav>
        <For each={groups()}>
          {(group) => (
            <section aria-labelledby={`api-tag-${group.tag.name}`}>
              <h2 id={`api-tag-${group.tag.name}`}>{group.tag.name}</h2>
              <p>
                {locale() === 'en' ? group.tag.description : group.tag['x-okno-description-ru']} ·{' '}
                {fill(texts().routesCount, { count: group.routes.length })}
              </p>
              <For each={group.routes}>{(route) => <RouteDetails route={route} components={document()!.components.schemas} />}</For>
            </section>
          )}
        </For>
      </Show>
    </Page>
  );
}
