// One case as the department sees it: who applied, the answers and files, the whole history, and only
// the actions its status allows. After an action the panel shows the updated case and says what happened.
import { Link } from '../../ui/Link';
import { createEffect, createMemo, createResource, createSignal, For, on, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { SERVICES } from '../../domain/catalog/services';
import { fill, formatBytes, formatDateTime, locale } from '../../i18n/i18n';
import { settled } from '../../ui/settled';
import { ActionForms } from './ActionForms';
import { answerRows } from '../../domain/answerRows';
import { AnswerList } from '../../ui/AnswerList';
import { serviceTitle } from './CaseQueue';
import { readCase, revokeDocument, type OperatorCase } from './operatorApi';
import type { OperatorSearch } from './operatorSearch';
import { reasonText } from '../../i18n/reasons';
import { noteText, operatorErrorText } from './operatorText';
import { operatorTexts } from '../../i18n/lazy/operator';
import { catalogTexts } from '../../i18n/lazy/catalog';

export function CasePanel(props: { pin: string; id: string; search: OperatorSearch; onFailure: (error: unknown) => void }) {
  const [item, { mutate, refetch }] = createResource(
    () => ({ pin: props.pin, id: props.id, pulled: lastPull() }),
    ({ pin, id }) => readCase(pin, id),
  );
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  let heading: HTMLHeadingElement | undefined;
  let status: HTMLParagraphElement | undefined;
  const service = () => SERVICES.find((s) => s.id === settled(item)?.serviceId);
  const documentTitle = (id: string) => service()?.documents.find((d) => d.id === id)?.title[locale()] ?? id;
  const back = () => ({ status: props.search.status, service: props.search.service, q: props.search.q });

  createEffect(
    on(
      () => item.error,
      (error) => error && props.onFailure(error),
    ),
  );
  // The link that opened the panel is gone: the case's heading takes the focus once it is there, and
  // only then: a memo, so a refresh from the change feed (a new value, still there) leaves the focus be.
  const ready = createMemo(() => Boolean(settled(item)));
  createEffect(on(ready, (isReady) => isReady && heading?.focus()));

  return (
    <section aria-labelledby="case-title">
      <p>
        <Link to="/operator" search={back()}>
          {operatorTexts().operator.back}
        </Link>
      </p>
      <Show when={item.error && !settled(item)}>
        <p class="notice error" role="alert">
          {operatorErrorText(item.error)}
        </p>
      </Show>
      <p role="status" tabindex="-1" ref={status} class={message() ? (message()!.ok ? 'notice success' : 'notice error') : ''}>
        {message()?.text}
      </p>
      <Show when={settled(item)}>
        {(c) => (
          <>
            <h2 id="case-title" tabindex="-1" ref={heading}>
              {fill(operatorTexts().operator.caseTitle, { number: c().number })}
            </h2>
            <dl class="facts">
              <dt>{operatorTexts().operator.service}</dt>
              <dd>{serviceTitle(c().serviceId)}</dd>
              <dt>{operatorTexts().operator.applicant}</dt>
              <dd>{c().applicant}</dd>
              <dt>{operatorTexts().operator.status}</dt>
              <dd>
                <span class={`pill status-${c().status}`}>{catalogTexts().apply.statuses[c().status]}</span>
              </dd>
              <dt>{operatorTexts().operator.submitted}</dt>
              <dd>{formatDateTime(c().submittedAt)}</dd>
              <dt>{operatorTexts().operator.resultWay}</dt>
              <dd>{catalogTexts().catalog.resultWays[c().resultWay]}</dd>
            </dl>
            <Show when={c().request}>
              {(request) => (
                <p class="notice">
                  {fill(operatorTexts().operator.requested, {
                    documents: request().documents.map(documentTitle).join(', '),
                    deadline: formatDateTime(request().deadline),
                  })}
                </p>
              )}
            </Show>
            <Show when={c().rejection}>
              {(rejection) => <p class="notice">{fill(operatorTexts().operator.rejectedFor, { reason: reasonText(rejection().reason) })}</p>}
            </Show>
            <ActionForms
              item={c()}
              pin={props.pin}
              documents={service()?.documents.map((d) => ({ id: d.id, title: d.title[locale()] })) ?? []}
              onDone={(updated: OperatorCase, text: string) => {
                mutate(updated);
                setMessage({ ok: true, text });
                // The button pressed may be gone with the new status: continue from what happened.
                status?.focus();
              }}
              onFailed={(error) => {
                setMessage({ ok: false, text: operatorErrorText(error) });
                props.onFailure(error);
                void refetch();
              }}
            />
            <Show when={c().document}>
              {(document) => (
                <p>
                  {fill(operatorTexts().operator.documentLine, { number: document().number })}{' '}
                  <Show when={!document().revokedAt} fallback={<strong>{operatorTexts().operator.documentRevoked}</strong>}>
                    <button
                      type="button"
                      class="button secondary small"
                      onClick={() =>
                        void revokeDocument(props.pin, c().id).then(
                          (updated) => (mutate(updated), setMessage({ ok: true, text: operatorTexts().operator.revokeDone }), status?.focus()),
                          (error) => setMessage({ ok: false, text: operatorErrorText(error) }),
                        )
                      }
                    >
                      {operatorTexts().operator.revoke}
                    </button>
                  </Show>
                </p>
              )}
            </Show>
            <h3>{operatorTexts().operator.answers}</h3>
            <AnswerList
              rows={answerRows(service(), c().answers, locale(), [operatorTexts().operator.yes, operatorTexts().operator.no])}
              headingLevel={4}
            />
            <h3>{operatorTexts().operator.files}</h3>
            <Show when={c().files.length} fallback={<p>{operatorTexts().operator.noFiles}</p>}>
              <ul>
                <For each={c().files}>
                  {(file) => (
                    <li>
                      {documentTitle(file.slot)}: {file.name} ({formatBytes(file.size)})
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <h3>{operatorTexts().operator.timeline}</h3>
            <ol>
              <For each={c().timeline}>
                {(entry) => (
                  <li>
                    {formatDateTime(entry.at)} — <strong>{catalogTexts().apply.statuses[entry.status]}</strong>
                    {entry.note ? `. ${noteText(entry.note)}` : ''}
                    {entry.reason ? `. ${fill(operatorTexts().operator.rejectedFor, { reason: reasonText(entry.reason) })}` : ''}
                    <Show when={entry.comment}>
                      <br />
                      {fill(operatorTexts().operator.officerComment, { comment: entry.comment ?? '' })}
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Show>
    </section>
  );
}
