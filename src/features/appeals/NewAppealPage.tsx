// «Создать обращение»: one thing per page, the draft kept on the device as it is typed, a review,
// optional signing with the device's key, and sending — or the outbox when the department is down.
import { useNavigate } from '@tanstack/solid-router';
import { createEffect, createSignal, on, onMount, Show } from 'solid-js';
import * as v from 'valibot';
import { createAutosave } from '../../client/createAutosave';
import { signatureKeyPair } from '../../client/repos/keysRepo';
import type { AccountView } from '../../domain/account';
import { appealInputSchema, type AppealInput } from '../../domain/appeals/input';
import { toBase64 } from '../../domain/password';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { createForm, type Form, type Values } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { dropAppealDraft, isBegun, newDraft, readAppealDraft, saveAppealDraft, type AppealDraft } from './appealDraft';
import { ResumeOrStart } from './UnfinishedAppeal';
import { AppealFiles } from './AppealFiles';
import { deliverAppeal, queueAppeal } from './appealOutbox';
import { AppealReview } from './AppealReview';
import { isTransient } from '../../client/outbox';
import type { NewAppealSearch } from './appealsSearch';
import { AppealStepFields, appealFieldLabels } from './AppealStepFields';
import { FIELDS_OF, stepsFor, stepSchema, type Step } from './appealSteps';
import { appealsTexts } from '../../i18n/lazy/appeals';

function prefill(account: AccountView, search: NewAppealSearch): Values {
  const { surname, name } = account.person;
  const values: Values = {
    'contacts.name': [name, surname].filter(Boolean).join(' '),
    'contacts.phone': account.phone,
    'contacts.email': account.email,
    priority: 'medium',
  };
  if (search.type) values.type = search.type;
  if (search.topic) values.topic = search.topic;
  if (search.category) values.category = search.category;
  if (search.related) values.relatedNumber = search.related;
  if (search.grounds) values.grounds = search.grounds;
  if (search.service) values.serviceId = search.service;
  if (search.reason) values.description = search.reason;
  if (search.resend) values.resendOf = search.resend;
  return values;
}

async function signature(accountId: string, input: AppealInput) {
  const pair = await signatureKeyPair(accountId);
  const signed = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    pair.privateKey,
    new TextEncoder().encode(`${input.subject}\n${input.description}`),
  );
  const { x = '', y = '' } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { keyId: `${x}.${y}`.slice(0, 200), value: toBase64(new Uint8Array(signed)) };
}

function stepTitle(step: Step, type: unknown): string {
  const support = appealsTexts().appeals.supportRequest.steps;
  if (type === 'support' && (step === 'description' || step === 'category' || step === 'tried')) return support[step];
  return step === 'category' || step === 'tried' ? support[step] : appealsTexts().appeals.new.steps[step];
}

function Wizard(props: { account: AccountView; draft: AppealDraft; focusHeading?: boolean }) {
  const navigate = useNavigate();
  const w = () => appealsTexts().appeals.new;
  const [index, setIndex] = createSignal(props.draft.step);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [queued, setQueued] = createSignal(false);
  const [sending, setSending] = createSignal(false);
  // The steps depend on the kind chosen on the first page (a support request has its own).
  const steps = () => stepsFor(form.values.type);
  const step = () => steps()[Math.min(index(), steps().length - 1)]!;
  const form: Form = createForm({
    schema: (): v.GenericSchema => stepSchema(step(), form.values, Date.now()),
    initial: props.draft.values,
    order: () => FIELDS_OF[step()],
  });
  createAutosave(
    () => ({ id: props.draft.id, step: index(), values: { ...form.values } }),
    (draft) => saveAppealDraft(props.account.id, draft),
  );
  let heading: HTMLHeadingElement | undefined;
  createEffect(on(index, () => heading?.focus(), { defer: true }));
  // Opened by a button on the page before it (resume or start anew), whose press is gone with it.
  onMount(() => props.focusHeading && heading?.focus());
  const go = (next: number) => {
    setFailure(null);
    setIndex(next);
  };
  const send = async () => {
    const nested = form.check(v.any()) as Record<string, unknown>;
    // Fields of the other kind (chosen, then the kind changed) are not sent.
    const support = nested.type === 'support';
    const kindFields = support
      ? { grounds: undefined }
      : { category: undefined, wanted: undefined, tried: undefined, grounds: nested.grounds || undefined };
    const parsed = v.safeParse(appealInputSchema(Date.now()), {
      ...nested,
      ...kindFields,
      topic: support ? 'general' : nested.topic,
      draftId: props.draft.id,
      sign: undefined,
    });
    if (!parsed.success) return setFailure(w().steps.review);
    const input = parsed.output;
    if (form.values.sign === true) input.signature = await signature(props.account.id, input);
    setSending(true);
    try {
      const sent = await deliverAppeal(props.account.id, input);
      void navigate({ to: '/appeals/$appealId', params: { appealId: sent.id }, search: { sent: true } });
    } catch (error) {
      if (isTransient(error)) {
        await queueAppeal(props.account.id, input, errorText(error));
        setQueued(true);
      } else setFailure(errorText(error));
    } finally {
      setSending(false);
    }
  };
  const next = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!form.submit()) return;
    if (step() === 'review') return void send();
    go(index() + 1);
  };
  return (
    <Page title={form.values.type === 'support' ? appealsTexts().appeals.supportRequest.title : w().title}>
      <p class="hint">{w().saved}</p>
      <form noValidate onSubmit={(e) => void next(e)}>
        <p>{fill(w().stepOf, { n: index() + 1, m: steps().length })}</p>
        <h2 tabindex="-1" ref={heading}>
          {stepTitle(step(), form.values.type)}
        </h2>
        <ErrorSummary form={form} labels={appealFieldLabels(form.values.type === 'support')} />
        <Show
          when={step() === 'files'}
          fallback={
            <Show when={step() === 'review'} fallback={<AppealStepFields step={step()} form={form} />}>
              <AppealReview form={form} draftId={props.draft.id} steps={steps()} onChange={go} />
            </Show>
          }
        >
          <AppealFiles accountId={props.account.id} draftId={props.draft.id} />
        </Show>
        <Show when={failure()}>
          <p class="notice error" role="alert">
            {failure()}
          </p>
        </Show>
        <Show when={queued()}>
          <p class="notice" role="status">
            {w().queued}
          </p>
        </Show>
        <div class="button-row">
          <Show when={index() > 0}>
            <button type="button" class="button secondary" onClick={() => go(index() - 1)}>
              {w().back}
            </button>
          </Show>
          <Show when={!queued()}>
            <button type="submit" class="button" disabled={sending()}>
              {step() === 'review' ? (sending() ? w().sending : w().send) : w().next}
            </button>
          </Show>
        </div>
      </form>
    </Page>
  );
}

function Start(props: { account: () => AccountView; search: NewAppealSearch }) {
  const hasPrefill = () => Object.values(props.search).some((x) => x !== undefined);
  const title = () => (props.search.type === 'support' ? appealsTexts().appeals.supportRequest.title : appealsTexts().appeals.new.title);
  const navigate = useNavigate();
  const [draft, setDraft] = createSignal<AppealDraft>();
  /** A begun draft met by a start with a prefill (an objection, a support request): the person chooses. */
  const [waiting, setWaiting] = createSignal<AppealDraft>();
  const [failed, setFailed] = createSignal<unknown>();
  /** True once the person chose on the question page: the wizard then takes the focus. */
  let chose = false;
  const begin = async (replaced: AppealDraft | null) => {
    const accountId = props.account().id;
    if (replaced) await dropAppealDraft(accountId, replaced.id); // its files go with it
    const fresh = newDraft(prefill(props.account(), props.search));
    await saveAppealDraft(accountId, fresh);
    setWaiting(undefined);
    setDraft(fresh);
  };
  const resume = (saved: AppealDraft) => {
    chose = true;
    setWaiting(undefined);
    setDraft(saved);
    void navigate({ to: '/appeals/new', search: {}, replace: true });
  };
  onMount(() => {
    void (async () => {
      const saved = await readAppealDraft(props.account().id);
      // A draft left untouched (opened, nothing done) is not kept over a new start.
      if (isBegun(saved) && !hasPrefill()) return setDraft(saved);
      if (isBegun(saved)) return setWaiting(saved);
      await begin(saved);
    })().catch(setFailed);
  });
  return (
    <Show
      when={props.account().identityLevel === 'confirmed'}
      fallback={
        <Page title={title()}>
          <p class="notice">{appealsTexts().appeals.new.needsIdentity}</p>
        </Page>
      }
    >
      <Show when={failed()}>
        <Page title={title()}>
          <p class="notice error" role="alert">
            {errorText(failed())}
          </p>
        </Page>
      </Show>
      <Show when={waiting()}>
        {(saved) => (
          <ResumeOrStart
            title={title()}
            draft={saved()}
            onResume={() => resume(saved())}
            onStart={() => ((chose = true), void begin(saved()).catch(setFailed))}
          />
        )}
      </Show>
      <Show when={draft()} keyed>
        {(d) => <Wizard account={props.account()} draft={d} focusHeading={chose} />}
      </Show>
    </Show>
  );
}

export default function NewAppealPage(props: { search: NewAppealSearch }) {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Start account={account} search={props.search} />;
}
