// The one wizard that renders any service: a page per topic with «Шаг N из M», Back/Continue, answers
// kept in the draft as they are typed, a review, and submission signed with an SMS code.
import { useNavigate } from '@tanstack/solid-router';
import { createEffect, createMemo, createSignal, For, Match, on, Show, Switch } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { createAutosave } from '../../client/createAutosave';
import { AutosaveAlert } from '../../ui/AutosaveAlert';
import { listAttachments } from '../../client/repos/attachmentsRepo';
import { saveDraft, writeDraftAhead } from '../../client/repos/draftsRepo';
import type { DraftRow } from '../../client/rows';
import type { CodeTicket } from '../../domain/account';
import type { Submission } from '../../domain/application';
import type { Service } from '../../domain/catalog/serviceSchema';
import { fill, locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { RadioField } from '../../ui/form/ChoiceField';
import type * as v from 'valibot';
import { createForm, type Form, type Values } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { Page } from '../../ui/Page';
import { CodeStep } from '../../ui/CodeStep';
import { resendCode } from '../../client/codesApi';
import { requestSubmitCode } from './applyApi';
import { queueSubmission, sendSubmission } from './submissionOutbox';
import { isTransient } from '../../client/outbox';
import { ConfirmPage } from './ConfirmPage';
import { FeePage, feeUnpaidReason } from './FeePage';
import { FieldControl } from './FieldControl';
import { ReviewPage } from './ReviewPage';
import { createDraftSync } from './createDraftSync';
import { DocumentsStep } from './DocumentsStep';
import { DraftSyncNotices } from './DraftSyncNotices';
import { DeleteDraftButton } from './DeleteDraft';
import {
  CONFIRM_WAY_KEY,
  documentKey,
  missingDocuments,
  pageFields,
  pageOfField,
  pageSchema,
  RESULT_KEY,
  RESULT_OFFICE_KEY,
  VISIT_KEY,
  wizardPages,
} from './wizardSteps';
import { VisitStep } from './VisitStep';
import { submissionOf } from './submissionOf';
import { signSubmission } from '../../client/signing';
import { ResultOfficeField } from './ResultOfficeField';
import { DeliveryAddressFields, deliveryLabels } from './DeliveryAddressFields';
import { wizardVisit } from '../../domain/offices/visitLinks';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { accountTexts } from '../../i18n/lazy/account';
import { fixFocus } from '../../domain/fixRefusal';
import { FixNotice } from './FixNotice';
import { AddressGroupCheck, addressGroup } from './AddressGroupCheck';
import type { StepDef } from '../../domain/catalog/formSchema';

export function Wizard(props: { service: Service; draft: DraftRow; dropped: string[] }) {
  const navigate = useNavigate();
  const initialPages = wizardPages(props.service, props.draft.answers as Values);
  const [index, setIndex] = createSignal(Math.min(props.draft.step, initialPages.length - 1));
  const [ticket, setTicket] = createSignal<CodeTicket | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const page = () => pages()[Math.min(index(), pages().length - 1)]!;
  const initial = props.draft.answers as Record<string, string | boolean>;
  // The schema and field list depend on the answers themselves (conditional fields).
  const values = (): Values => form.values;
  const form: Form = createForm({
    schema: (): v.GenericSchema => pageSchema(props.service, page(), values()),
    initial,
    order: () => pageFields(page(), values(), props.service),
  });
  // The fee page comes and goes with the region and the way of receiving (a paper certificate's fee).
  const pages = createMemo(() => wizardPages(props.service, form.values));
  const sync = createDraftSync(props.draft.id, initial, form, () => void autosave.save());
  const autosave = createAutosave(
    () => ({ answers: { ...form.values }, step: index() }),
    (snapshot) => {
      sync.wrote(snapshot.answers);
      return saveDraft(props.draft.accountId, props.draft.id, snapshot);
    },
    // The raw put would recreate a draft that was sent or deleted meanwhile (Dexie's update would not).
    (snapshot) => {
      if (!sync.gone()) writeDraftAhead({ ...(sync.row() ?? props.draft), ...snapshot, updatedAt: Date.now() });
    },
  );
  // A correction of a refused application: the fields and documents its reason concerns.
  const focus = props.draft.fixes ? fixFocus(props.service, props.draft.fixes.reason, props.draft.fixes.fields) : { fields: [], documents: false };
  const flagged = new Set(focus.fields);
  let heading: HTMLHeadingElement | undefined;
  createEffect(on(index, () => heading?.focus(), { defer: true }));

  const pageTitle = () => {
    const current = page();
    return current.kind === 'form' ? current.step.title[locale()] : catalogTexts().apply.pages[current.kind];
  };
  const labels = () =>
    Object.fromEntries([
      ...props.service.steps.flatMap((step) => step.fields.map((field) => [field.id, field.label[locale()]])),
      ...props.service.documents.map((doc) => [documentKey(doc.id), doc.title[locale()]]),
    ]);
  const go = (next: number) => {
    setFailure(null);
    setTicket(null);
    setIndex(next);
  };
  const next = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!form.submit()) return;
    if (page().kind === 'documents') {
      const missing = missingDocuments(
        props.service,
        (await listAttachments(props.draft.id)).map((row) => row.slot),
        form.values,
      );
      if (Object.keys(missing).length) return form.showServerErrors(missing);
    }
    const unpaid = page().kind === 'fee' ? await feeUnpaidReason(props.draft.id) : null;
    if (unpaid) return setFailure(unpaid);
    go(index() + 1);
  };
  const askCode = async () => {
    if (!form.submit()) return;
    try {
      setTicket(await requestSubmitCode());
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  // Sends a confirmed submission: by the SMS code (CodeStep shows its errors) or by the signature.
  const deliver = async (submission: Submission) => {
    try {
      let application;
      try {
        application = await sendSubmission(props.draft.accountId, submission);
      } catch (error) {
        if (!isTransient(error)) throw error;
        // The department is unreachable: the signed application waits in the outbox and goes later.
        await queueSubmission(props.draft.accountId, submission, error instanceof ApiRequestError ? error.code : 'network');
        await navigate({ to: '/applications' });
        return;
      }
      await navigate({ to: '/applications/$applicationId', params: { applicationId: application.id }, search: { created: true } });
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'validation' && error.fields) {
        // Go to the page of the first wrong answer and show the errors that page can fix; the others
        // come back when the user continues through their pages.
        const first = Object.keys(error.fields)[0] ?? '';
        const target = pageOfField(pages(), first);
        go(target);
        const here = new Set(pageFields(pages()[target]!, form.values, props.service));
        form.showServerErrors(Object.fromEntries(Object.entries(error.fields).filter(([field]) => here.has(field))));
        return;
      }
      throw error;
    }
  };
  const send = async (code: string) => deliver({ ...(await submissionOf(props.service, props.draft, form.values)), flowId: ticket()!.flowId, code });
  const [signing, setSigning] = createSignal(false);
  const sign = async () => {
    if (!form.submit()) return;
    setFailure(null);
    setSigning(true);
    try {
      const content = await submissionOf(props.service, props.draft, form.values);
      await deliver({ ...content, signature: await signSubmission(props.draft.accountId, content) });
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setSigning(false);
    }
  };

  return (
    <Page title={props.service.title[locale()]}>
      <Show when={props.dropped.length}>
        <p class="notice" role="status">
          {fill(catalogTexts().apply.formChanged, { fields: props.dropped.map((id) => labels()[id] ?? id).join(', ') })}
        </p>
      </Show>
      <Show when={props.draft.fixes}>{(fix) => <FixNotice service={props.service} fix={fix()} />}</Show>
      <DraftSyncNotices sync={sync} labels={labels()} />
      <AutosaveAlert failed={autosave.failed} />
      <p class="step-label">{fill(catalogTexts().apply.stepOf, { step: index() + 1, total: pages().length })}</p>
      <h2 tabindex="-1" ref={heading}>
        {pageTitle()}
      </h2>
      <form onSubmit={(e) => void next(e)} novalidate>
        <ErrorSummary
          form={form}
          labels={{
            ...labels(),
            [RESULT_KEY]: catalogTexts().apply.resultTitle,
            [VISIT_KEY]: catalogTexts().apply.pages.visit,
            [RESULT_OFFICE_KEY]: catalogTexts().apply.resultOffice,
            ...deliveryLabels(),
          }}
        />
        <Switch>
          <Match when={page().kind === 'form'}>
            <For each={pageFields(page(), form.values)}>
              {(id) => {
                const fields = (page() as { step: StepDef }).step.fields;
                const field = fields.find((f) => f.id === id)!;
                const group = addressGroup(fields, field);
                return (
                  <>
                    <FieldControl form={form} field={field} flag={flagged.has(id) ? catalogTexts().apply.fixFlag : undefined} />
                    <Show when={group}>{(names) => <AddressGroupCheck form={form} names={names()} />}</Show>
                  </>
                );
              }}
            </For>
          </Match>
          <Match when={page().kind === 'documents'}>
            <Show when={focus.documents}>
              <p class="notice warning">{catalogTexts().apply.fixDocuments}</p>
            </Show>
            <DocumentsStep service={props.service} draft={props.draft} form={form} />
          </Match>
          <Match when={page().kind === 'fee'}>
            <FeePage service={props.service} draftId={props.draft.id} answers={form.values} />
          </Match>
          <Match when={page().kind === 'result'}>
            <RadioField
              form={form}
              name={RESULT_KEY}
              legend={catalogTexts().apply.resultTitle}
              options={props.service.results.map((way) => ({ value: way, label: catalogTexts().catalog.resultWays[way] }))}
            />
            <Show when={form.values[RESULT_KEY] === 'office'}>
              <ResultOfficeField form={form} accountId={props.draft.accountId} />
            </Show>
            <Show when={form.values[RESULT_KEY] === 'post'}>
              <DeliveryAddressFields form={form} />
            </Show>
          </Match>
          <Match when={page().kind === 'visit'}>
            <VisitStep form={form} accountId={props.draft.accountId} draftId={props.draft.id} visit={wizardVisit(props.service.id)!} />
          </Match>
          <Match when={page().kind === 'review'}>
            <ReviewPage service={props.service} draftId={props.draft.id} pages={pages()} answers={form.values} onEdit={go} />
          </Match>
          <Match when={page().kind === 'confirm'}>
            <ConfirmPage form={form} service={props.service} accountId={props.draft.accountId} />
          </Match>
        </Switch>
        <div role="alert">
          <Show when={failure()}>
            <p class="notice error">{failure()}</p>
          </Show>
        </div>
        <Show when={!ticket()}>
          <div class="button-row">
            <Switch>
              <Match when={page().kind === 'confirm' && form.values[CONFIRM_WAY_KEY] === 'signature'}>
                <button type="button" class="button" disabled={signing()} onClick={() => void sign()}>
                  {signing() ? catalogTexts().apply.signing : catalogTexts().apply.signAndSend}
                </button>
              </Match>
              <Match when={page().kind === 'confirm'}>
                <button type="button" class="button" onClick={() => void askCode()}>
                  {catalogTexts().apply.getCode}
                </button>
              </Match>
              <Match when={page().kind !== 'confirm'}>
                <button type="submit" class="button">
                  {accountTexts().account.continue}
                </button>
              </Match>
            </Switch>
            <Show when={index() > 0}>
              <button type="button" class="button secondary" onClick={() => go(index() - 1)}>
                {accountTexts().account.back}
              </button>
            </Show>
          </div>
        </Show>
      </form>
      <Show when={ticket()}>
        <CodeStep ticket={ticket()!} focusCode onVerify={send} onResend={() => resendCode(ticket()!.flowId)} />
      </Show>
      <Show when={!ticket()}>
        <p>
          <DeleteDraftButton
            accountId={props.draft.accountId}
            draftId={props.draft.id}
            service={props.service.title[locale()]}
            label={catalogTexts().apply.deleteDraft}
            onDeleted={() => void navigate({ to: '/applications' })}
          />
        </p>
      </Show>
    </Page>
  );
}
