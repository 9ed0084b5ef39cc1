// The department's actions on one case, only those its status allows. One comment serves whichever
// action is taken; a wrong input is named next to its field and in a summary, and nothing typed is lost.
import { createSignal, For, Show } from 'solid-js';
import { REJECTION_REASONS } from '../../domain/scenario';
import { fill, t } from '../../i18n/i18n';
import { buildAction, COMMENT_MAX, emptyDraft, type ActionDraft, type DraftError, type DraftField } from './caseText';
import { FormErrors, type FormError } from './FormErrors';
import { actOnCase, type ActionName, type OperatorCase } from './operatorApi';
import { reasonText } from './operatorText';

const TARGETS: Record<DraftField, string> = { documents: 'action-documents', days: 'action-days', reason: 'action-reason', comment: 'action-comment' };
const ORDER: DraftField[] = ['comment', 'documents', 'days', 'reason'];

export function ActionForms(props: {
  item: OperatorCase;
  pin: string;
  documents: { id: string; title: string }[];
  onDone: (updated: OperatorCase, message: string) => void;
  onFailed: (error: unknown) => void;
}) {
  const [draft, setDraft] = createSignal<ActionDraft>(emptyDraft());
  const [errors, setErrors] = createSignal<Partial<Record<DraftField, DraftError>>>({});
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const may = (name: ActionName) => props.item.actions.includes(name);
  const patch = (change: Partial<ActionDraft>) => setDraft((current) => ({ ...current, ...change }));
  const labels = (): Record<DraftField, string> => ({
    documents: t().operator.requestDocuments,
    days: t().operator.days,
    reason: t().operator.reason,
    comment: t().operator.comment,
  });
  const summary = (): FormError[] =>
    ORDER.filter((field) => errors()[field]).map((field) => ({ target: TARGETS[field], label: labels()[field], text: t().operator.fieldErrors[errors()[field]!] }));
  const errorOf = (field: DraftField) => errors()[field] && t().operator.fieldErrors[errors()[field]!];
  const described = (field: DraftField, hint?: string) => [hint, errors()[field] && `${TARGETS[field]}-error`].filter(Boolean).join(' ') || undefined;

  const run = async (name: ActionName) => {
    const built = buildAction(name, draft());
    if ('errors' in built) {
      setErrors(built.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const updated = await actOnCase(props.pin, props.item.id, built.action);
      setDraft(emptyDraft());
      props.onDone(updated, fill(t().operator.done[name], { number: updated.number }));
    } catch (error) {
      props.onFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const ErrorText = (p: { field: DraftField }) => (
    <Show when={errorOf(p.field)}>
      <span class="error" id={`${TARGETS[p.field]}-error`}>{errorOf(p.field)}</span>
    </Show>
  );

  return (
    <section class="card" aria-labelledby="actions-title">
      <h3 id="actions-title">{t().operator.actions}</h3>
      <Show when={props.item.actions.length > 0} fallback={<p>{t().operator.noActions}</p>}>
        <form onSubmit={(e) => e.preventDefault()} novalidate>
          <FormErrors errors={summary()} attempt={attempt()} />
          <div class="field field-wide" classList={{ 'has-error': Boolean(errors().comment) }}>
            <label for="action-comment">{t().operator.comment}</label>
            <span class="hint" id="action-comment-hint">{fill(t().operator.commentHint, { max: COMMENT_MAX })}</span>
            <ErrorText field="comment" />
            <textarea
              id="action-comment"
              rows={4}
              value={draft().comment}
              onInput={(e) => patch({ comment: e.currentTarget.value })}
              aria-invalid={Boolean(errors().comment)}
              aria-describedby={described('comment', 'action-comment-hint')}
            />
          </div>
          <div class="button-row">
            <For each={(['accept', 'ready', 'issue'] as const).filter(may)}>
              {(name) => (
                <button type="button" class="button" disabled={busy()} onClick={() => void run(name)}>
                  {t().operator[name]}
                </button>
              )}
            </For>
          </div>
          <Show when={may('request_documents')}>
            <fieldset class="filters stacked">
              <legend>{t().operator.requestTitle}</legend>
              <Show when={props.documents.length} fallback={<p>{t().operator.noDocumentsInService}</p>}>
                <fieldset class="field" classList={{ 'has-error': Boolean(errors().documents) }} aria-describedby={described('documents')}>
                  <legend>{t().operator.requestDocuments}</legend>
                  <ErrorText field="documents" />
                  <For each={props.documents}>
                    {(doc, index) => (
                      <div class="check">
                        <input
                          type="checkbox"
                          id={index() === 0 ? TARGETS.documents : `action-doc-${doc.id}`}
                          checked={draft().documents.includes(doc.id)}
                          onChange={(e) =>
                            patch({ documents: e.currentTarget.checked ? [...draft().documents, doc.id] : draft().documents.filter((id) => id !== doc.id) })
                          }
                        />
                        <label for={index() === 0 ? TARGETS.documents : `action-doc-${doc.id}`}>{doc.title}</label>
                      </div>
                    )}
                  </For>
                </fieldset>
                <div class="field field-short" classList={{ 'has-error': Boolean(errors().days) }}>
                  <label for="action-days">{t().operator.days}</label>
                  <span class="hint" id="action-days-hint">{t().operator.daysHint}</span>
                  <ErrorText field="days" />
                  <input
                    id="action-days"
                    inputmode="numeric"
                    maxLength={2}
                    value={draft().days}
                    onInput={(e) => patch({ days: e.currentTarget.value })}
                    aria-invalid={Boolean(errors().days)}
                    aria-describedby={described('days', 'action-days-hint')}
                  />
                </div>
                <button type="button" class="button" disabled={busy()} onClick={() => void run('request_documents')}>
                  {t().operator.sendRequest}
                </button>
              </Show>
            </fieldset>
          </Show>
          <Show when={may('reject')}>
            <fieldset class="filters stacked">
              <legend>{t().operator.rejectTitle}</legend>
              <div class="field" classList={{ 'has-error': Boolean(errors().reason) }}>
                <label for="action-reason">{t().operator.reason}</label>
                <ErrorText field="reason" />
                <select
                  id="action-reason"
                  value={draft().reason}
                  onChange={(e) => patch({ reason: e.currentTarget.value })}
                  aria-invalid={Boolean(errors().reason)}
                  aria-describedby={described('reason')}
                >
                  <option value="">{t().operator.chooseReason}</option>
                  <For each={REJECTION_REASONS}>{(reason) => <option value={reason}>{reasonText(reason)}</option>}</For>
                </select>
              </div>
              <button type="button" class="button danger" disabled={busy()} onClick={() => void run('reject')}>
                {t().operator.sendReject}
              </button>
            </fieldset>
          </Show>
        </form>
      </Show>
    </section>
  );
}
