// «Обращения граждан» in the operator console: the queue by term with filters and term flags, opening
// an appeal with a stated purpose (logged for the citizen), and the clerk's actions.
import { createResource, createSignal, For, Show } from 'solid-js';
import { APPEAL_TYPES } from '../../domain/appeals/kinds';
import { APPEAL_STATUSES } from '../../domain/appeals/types';
import { formatMoscowDateTime } from '../../domain/calendar';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { ConsolePage } from './ConsolePage';
import { AppealActionForms } from './AppealActionForms';
import { listAppeals, openAppeal, readClerk, writeClerk, type ConsoleAppeal } from './appealsConsoleApi';
import { appealsTexts } from '../../i18n/lazy/appeals';

const OPEN_REASONS = ['work', 'term_control', 'quality_check', 'citizen_call'] as const;
const termFlag = (a: ConsoleAppeal) =>
  a.breachedAt !== undefined ? 'breach' : a.warnedAt !== undefined && !a.answer && !a.refusal ? 'warning' : undefined;

function Console(props: { pin: string }) {
  const c = () => appealsTexts().appeals.console;
  const a = () => appealsTexts().appeals;
  const [filter, setFilter] = createSignal<{ status?: string; type?: string; term?: string }>({});
  const [queue, { refetch }] = createResource(filter, (f) => listAppeals(props.pin, f));
  const [open, setOpen] = createSignal<ConsoleAppeal | null>(null);
  const [reason, setReason] = createSignal<string>('work');
  const [failure, setFailure] = createSignal<string | null>(null);
  const show = async (id: string) => {
    setFailure(null);
    try {
      setOpen(await openAppeal(props.pin, id, reason()));
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  const select = (
    id: string,
    label: string,
    value: () => string | undefined,
    options: readonly string[],
    names: Record<string, string>,
    any: string,
    set: (v: string | undefined) => void,
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value() ?? ''} onChange={(e) => set(e.currentTarget.value || undefined)}>
        <option value="">{any}</option>
        <For each={options}>{(o) => <option value={o}>{names[o]}</option>}</For>
      </select>
    </div>
  );
  return (
    <>
      <div class="field">
        <label for="clerk-name">{c().clerk}</label>
        <p class="hint" id="clerk-name-hint">
          {c().clerkHint}
        </p>
        <input id="clerk-name" aria-describedby="clerk-name-hint" value={readClerk()} onInput={(e) => writeClerk(e.currentTarget.value)} />
      </div>
      <Show when={failure()}>
        <p class="notice error" role="alert">
          {failure()}
        </p>
      </Show>
      <Show
        when={open()}
        fallback={
          <section aria-labelledby="console-queue">
            <h2 id="console-queue">{c().queue}</h2>
            <fieldset class="filters">
              <legend>{c().filters}</legend>
              {select(
                'console-status',
                a().status,
                () => filter().status,
                APPEAL_STATUSES,
                a().statuses,
                a().anyStatus,
                (status) => setFilter({ ...filter(), status }),
              )}
              {select(
                'console-type',
                a().type,
                () => filter().type,
                APPEAL_TYPES,
                a().types,
                a().anyType,
                (type) => setFilter({ ...filter(), type }),
              )}
              {select(
                'console-term',
                c().term,
                () => filter().term,
                ['warning', 'breach'],
                c().terms,
                c().anyTerm,
                (term) => setFilter({ ...filter(), term }),
              )}
              {select('console-reason', c().openReason, reason, OPEN_REASONS, a().openReasons, a().openReasons.work, (r) => setReason(r ?? 'work'))}
            </fieldset>
            <Show when={queue.error}>
              <p class="notice error" role="alert">
                {errorText(queue.error)}
              </p>
            </Show>
            <Show
              when={queue()?.appeals.length}
              fallback={
                <Show when={queue()}>
                  <p>{c().empty}</p>
                </Show>
              }
            >
              <table class="appeals-table">
                <caption>{c().queue}</caption>
                <thead>
                  <tr>
                    <For
                      each={[
                        a().columns.number,
                        a().columns.type,
                        a().columns.topic,
                        c().applicant,
                        a().columns.status,
                        a().columns.deadline,
                        c().term,
                      ]}
                    >
                      {(h) => <th scope="col">{h}</th>}
                    </For>
                  </tr>
                </thead>
                <tbody>
                  <For each={queue()!.appeals}>
                    {(appeal) => (
                      <tr>
                        <td>
                          <button
                            type="button"
                            class="button secondary small"
                            aria-label={fill(c().open, { number: appeal.number })}
                            onClick={() => void show(appeal.id)}
                          >
                            {appeal.number}
                          </button>
                        </td>
                        <td>{a().types[appeal.type]}</td>
                        <td>{appeal.subject}</td>
                        <td>{appeal.applicant}</td>
                        <td>
                          <span class={`pill appeal-${appeal.status}`}>{a().statuses[appeal.status]}</span>
                        </td>
                        <td>{formatMoscowDateTime(appeal.deadline)}</td>
                        <td>{termFlag(appeal) ? c().terms[termFlag(appeal)!] : ''}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </section>
        }
      >
        {(appeal) => (
          <section aria-labelledby="console-appeal">
            <h2 id="console-appeal">{`${a().types[appeal().type]} № ${appeal().number}`}</h2>
            <p>
              <span class={`pill appeal-${appeal().status}`}>{a().statuses[appeal().status]}</span> {appeal().subject}
            </p>
            <p>{fill(a().page.deadline, { date: formatMoscowDateTime(appeal().deadline) })}</p>
            <p class="pre-wrap">{appeal().description}</p>
            <AppealActionForms pin={props.pin} appeal={appeal()} onDone={setOpen} />
            <button type="button" class="button secondary" onClick={() => (setOpen(null), void refetch())}>
              {c().back}
            </button>
          </section>
        )}
      </Show>
    </>
  );
}

export default function AppealsConsolePage() {
  const c = () => appealsTexts().appeals.console;
  return <ConsolePage texts={{ ...c(), back: c().casesLink }}>{(pin) => <Console pin={pin} />}</ConsolePage>;
}
