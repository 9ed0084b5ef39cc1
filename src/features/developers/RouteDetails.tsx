// One route of the reference: method and path as its heading, who may call it, its summary in the page's
// language, and — behind a disclosure, so 100+ routes stay readable — its fields, example and error codes.
import { createSignal, For, Show } from 'solid-js';
import { fill, locale } from '../../i18n/i18n';
import { developersTexts } from '../../i18n/lazy/developers';
import type { JsonSchemaNode, RouteEntry } from './apiDocument';
import { FieldTable } from './FieldTable';
import { schemaFields } from './schemaFields';

const headingId = (route: RouteEntry) => `api-${route.method}-${route.path}`.replace(/[^a-zA-Z0-9-]+/g, '-');

export function RouteDetails(props: { route: RouteEntry; components: Record<string, JsonSchemaNode> }) {
  const texts = () => developersTexts().apiReference;
  const op = () => props.route.operation;
  const caller = () =>
    op().security?.[0]?.citizen ? texts().caller.citizen : op().security?.[0]?.operator ? texts().caller.operator : texts().caller.anyone;
  const params = (where: 'path' | 'query') =>
    (op().parameters ?? [])
      .filter((p) => p.in === where)
      .map((p) => ({ name: p.name, type: String(p.schema.type ?? 'string'), required: p.required }));
  const body = () => Object.entries(op().requestBody?.content ?? {})[0];
  const answers = () => Object.entries(op().responses).filter(([status]) => Number(status) < 400);
  const errors = () => Object.entries(op().responses).filter(([status]) => Number(status) >= 400);
  // The tables are made when a route is opened: 100+ routes' worth of closed rows would only weigh the page.
  const [open, setOpen] = createSignal(false);
  return (
    <article class="api-route" aria-labelledby={headingId(props.route)}>
      <h3 id={headingId(props.route)}>
        <code>
          {props.route.method} {props.route.path}
        </code>
      </h3>
      <p>{locale() === 'en' ? op().summary : op()['x-okno-summary-ru']}</p>
      <p class="hint">{caller()}</p>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{texts().details}</summary>
        <Show when={open()}>
          <Show when={params('path').length}>
            <FieldTable caption={texts().path} rows={params('path')} />
          </Show>
          <Show when={params('query').length}>
            <FieldTable caption={texts().query} rows={params('query')} />
          </Show>
          <Show when={body()}>
            {(entry) => <FieldTable caption={`${texts().request} (${entry()[0]})`} rows={schemaFields(entry()[1].schema, props.components)} />}
          </Show>
          <For each={answers()}>
            {([status, answer]) => {
              const json = answer.content?.['application/json'];
              const media = Object.keys(answer.content ?? {})[0] ?? '';
              return json ? (
                <FieldTable caption={fill(texts().response, { status })} rows={schemaFields(json.schema, props.components)} />
              ) : (
                <p>
                  <strong>{fill(texts().response, { status })}.</strong> {fill(texts().file, { type: media })}
                </p>
              );
            }}
          </For>
          <h4>{texts().example}</h4>
          <pre>
            <code>{JSON.stringify(op()['x-okno-example'], null, 2)}</code>
          </pre>
          <h4>{texts().errors}</h4>
          <dl class="api-errors">
            <For each={errors()}>
              {([status, error]) => (
                <>
                  <dt>{fill(texts().status, { status })}</dt>
                  <dd>
                    <code>{(error['x-okno-codes'] ?? []).join(', ')}</code>
                  </dd>
                </>
              )}
            </For>
          </dl>
        </Show>
      </details>
    </article>
  );
}
