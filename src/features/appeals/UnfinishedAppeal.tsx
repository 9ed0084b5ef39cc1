// The appeal begun and not sent, on «Мои обращения»: what it is about, how far it got, and the ways to
// go on with it or throw it away (with its files, after asking). The draft lives on the device only.
import { Link } from '../../ui/Link';
import { createSignal, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { APPEAL_TYPES, type AppealType } from '../../domain/appeals/kinds';
import { fill, t } from '../../i18n/i18n';
import { appealsTexts } from '../../i18n/lazy/appeals';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Page } from '../../ui/Page';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';
import { dropAppealDraft, isBegun, readAppealDraft, type AppealDraft } from './appealDraft';
import { stepsFor } from './appealSteps';

/** What a draft is about, in a line: its subject, else its type. */
function draftAbout(draft: AppealDraft): string {
  const subject = String(draft.values.subject ?? '').trim();
  const type = draft.values.type as AppealType | undefined;
  return subject || (type && APPEAL_TYPES.includes(type) ? appealsTexts().appeals.types[type] : appealsTexts().appeals.unfinished.noSubject);
}

const stepLine = (draft: AppealDraft) => fill(appealsTexts().appeals.new.stepOf, { n: draft.step + 1, m: stepsFor(draft.values.type).length });

/**
 * «Создать обращение» opened with a prefill (an objection, a support request) while another appeal is
 * half written: one draft is kept per account, so the person says whether to go on with it or replace it.
 */
export function ResumeOrStart(props: { title: string; draft: AppealDraft; onResume: () => void; onStart: () => void }) {
  const texts = () => appealsTexts().appeals.unfinished;
  return (
    <Page title={props.title}>
      <section class="card" aria-labelledby="resume-or-start-title">
        <h2 id="resume-or-start-title">{texts().title}</h2>
        <p>
          <strong>{draftAbout(props.draft)}</strong>
        </p>
        <p>{stepLine(props.draft)}</p>
        <p>{texts().replaceText}</p>
        <div class="button-row">
          <button type="button" class="button" onClick={() => props.onResume()}>
            {texts().resumeThat}
          </button>
          <button type="button" class="button secondary" onClick={() => props.onStart()}>
            {texts().startNew}
          </button>
        </div>
      </section>
    </Page>
  );
}

export function UnfinishedAppeal(props: { accountId: string }) {
  const draft = createLiveQuery(() => readAppealDraft(props.accountId));
  const [asking, setAsking] = createSignal(false);
  const texts = () => appealsTexts().appeals.unfinished;
  /** What became of a deletion: said in the card's place, which takes the focus the gone button had. */
  const [message, setMessage] = createSignal<StatusMessage>(null);
  let said: HTMLDivElement | undefined;
  const discard = async (d: AppealDraft) => {
    setAsking(false);
    try {
      await dropAppealDraft(props.accountId, d.id);
      setMessage({ ok: true, text: fill(texts().deleted, { about: draftAbout(d) }) });
    } catch {
      // The database refused (closed by another tab): the draft is still there.
      setMessage({ ok: false, text: t().errors.unknown });
    }
    said?.focus();
  };
  return (
    <>
      <StatusLine message={message()} ref={(element) => (said = element)} />
      <Show when={isBegun(draft.value()) && draft.value()}>
        {(d) => (
          <section class="card" aria-labelledby="unfinished-appeal-title">
            <h2 id="unfinished-appeal-title">{texts().title}</h2>
            <p>
              <strong>{draftAbout(d())}</strong>
            </p>
            <p>{stepLine(d())}</p>
            <div class="button-row">
              <Link to="/appeals/new" class="button">
                {texts().resume}
              </Link>
              <button type="button" class="button secondary" onClick={() => setAsking(true)}>
                {texts().discard}
              </button>
            </div>
            <ConfirmDialog
              open={asking()}
              title={texts().discardTitle}
              confirmLabel={texts().discardConfirm}
              cancelLabel={texts().discardCancel}
              danger
              onConfirm={() => void discard(d())}
              onCancel={() => setAsking(false)}
            >
              <p>{fill(texts().discardText, { about: draftAbout(d()) })}</p>
            </ConfirmDialog>
          </section>
        )}
      </Show>
    </>
  );
}
