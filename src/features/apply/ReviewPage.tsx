// «Проверьте данные»: every answer by step and every attached file by name and size, each with «Изменить»
// back to its page. The files are read live from the device, so a change in another tab shows here too.
import { For, Show } from 'solid-js';
import { isShown, type Answers } from '../../domain/catalog/formSchema';
import type { Service } from '../../domain/catalog/serviceSchema';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listAttachments } from '../../client/repos/attachmentsRepo';
import { fill, formatBytes, locale } from '../../i18n/i18n';
import { reviewFiles } from './reviewFiles';
import { RegistryCheck } from './RegistryCheck';
import { requiredByAnswer } from '../../domain/catalog/requiredDocuments';
import { draftFee, RESULT_KEY, type WizardPage } from './wizardSteps';
import { addressLine } from '../../domain/addressLine';
import { deliveryAddressOf } from '../../domain/delivery';
import { formatMoney } from '../../domain/money';
import { catalogTexts } from '../../i18n/lazy/catalog';

function shown(value: unknown, options?: { value: string; label: { ru: string; en: string } }[]): string {
  if (value === true) return catalogTexts().apply.yes;
  if (value === undefined || value === '' || value === false) return '—';
  const option = options?.find((o) => o.value === value);
  return option ? option.label[locale()] : String(value);
}

export function ReviewPage(props: { service: Service; draftId: string; pages: WizardPage[]; answers: Answers; onEdit: (page: number) => void }) {
  const attachments = createLiveQuery(() => listAttachments(props.draftId));
  const files = () => reviewFiles(props.service, attachments.value() ?? []);
  return (
    <div>
      <RegistryCheck service={props.service} pages={props.pages} answers={props.answers} onEdit={props.onEdit} />
      <For each={props.pages}>
        {(page, index) => (
          <Show when={page.kind === 'form' ? page : null}>
            {(form) => (
              <section class="card review">
                <h3>{form().step.title[locale()]}</h3>
                <dl>
                  <For each={form().step.fields.filter((field) => isShown(field, props.answers))}>
                    {(field) => (
                      <>
                        <dt>{field.label[locale()]}</dt>
                        <dd>{shown(props.answers[field.id], field.options)}</dd>
                      </>
                    )}
                  </For>
                </dl>
                <button type="button" class="button secondary small" onClick={() => props.onEdit(index())}>
                  {fill(catalogTexts().apply.change, { what: form().step.title[locale()] })}
                </button>
              </section>
            )}
          </Show>
        )}
      </For>
      <Show when={props.service.documents.length}>
        <section class="card review">
          <h3>{catalogTexts().apply.pages.documents}</h3>
          <dl>
            <For each={files()}>
              {(item) => (
                <>
                  <dt>{item.document.title[locale()]}</dt>
                  <dd classList={{ error: !item.file && requiredByAnswer(item.document, props.answers) }}>
                    {item.file
                      ? fill(catalogTexts().apply.reviewFile, { name: item.file.name, size: formatBytes(item.file.size) })
                      : requiredByAnswer(item.document, props.answers)
                        ? catalogTexts().apply.requiredMissing
                        : catalogTexts().apply.noFile}
                  </dd>
                </>
              )}
            </For>
          </dl>
          <button type="button" class="button secondary small" onClick={() => props.onEdit(props.pages.findIndex((p) => p.kind === 'documents'))}>
            {fill(catalogTexts().apply.change, { what: catalogTexts().apply.pages.documents })}
          </button>
        </section>
      </Show>
      <section class="card review">
        <h3>{catalogTexts().apply.resultTitle}</h3>
        <p>{catalogTexts().catalog.resultWays[props.answers[RESULT_KEY] as 'post'] ?? '—'}</p>
        <Show when={props.answers[RESULT_KEY] === 'post' && addressLine(deliveryAddressOf(props.answers))}>
          {(line) => <p>{fill(catalogTexts().apply.deliveryTo, { address: line() })}</p>}
        </Show>
        <Show when={draftFee(props.service, props.answers)}>
          {(fee) => <p>{fill(catalogTexts().apply.feeNext, { amount: formatMoney(fee().amountKopecks, locale()) })}</p>}
        </Show>
        <button type="button" class="button secondary small" onClick={() => props.onEdit(props.pages.findIndex((p) => p.kind === 'result'))}>
          {fill(catalogTexts().apply.change, { what: catalogTexts().apply.resultTitle })}
        </button>
      </section>
    </div>
  );
}
