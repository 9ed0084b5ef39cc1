// What the citizen sent, as label/value rows in the reader's language: the appeal page's sent copy and
// its PDF copy show the same rows.
import type { AppealView } from '../../domain/appeals/view';
import { formatMoscowDateTime } from '../../domain/calendar';
import { SERVICES } from '../../domain/catalog/services';
import { locale } from '../../i18n/i18n';
import { appealsTexts } from '../../i18n/lazy/appeals';
import { supportTexts } from '../../i18n/lazy/support';

const at = (ms: number) => formatMoscowDateTime(ms);

/** What the citizen sent, label and value, empty parts left out: the page's copy and the PDF copy alike. */
export function sentRows(appeal: AppealView, { withType = true } = {}): { label: string; value: string }[] {
  const a = appealsTexts().appeals;
  const p = a.page;
  const rows: [string, string | undefined][] = [
    [a.columns.type, withType ? a.types[appeal.type] : undefined],
    // A support request is routed by its category; the topic it implies is not the citizen's choice.
    [a.columns.topic, appeal.category ? undefined : a.topics[appeal.topic]],
    [a.new.service, SERVICES.find((s) => s.id === appeal.serviceId)?.title[locale()]],
    [p.related, appeal.relatedNumber],
    [a.new.grounds, appeal.grounds ? a.grounds[appeal.grounds as keyof ReturnType<typeof appealsTexts>['appeals']['grounds']] : undefined],
    [a.new.subject, appeal.subject],
    [appeal.category ? a.supportRequest.categoryLabel : '', appeal.category ? supportTexts().support.categories[appeal.category] : undefined],
    [appeal.category ? a.supportRequest.description : a.new.description, appeal.description],
    [a.supportRequest.wantedLabel, appeal.wanted],
    [a.supportRequest.triedLabel, appeal.tried],
    [p.incident, appeal.incidentAt === undefined ? undefined : at(appeal.incidentAt)],
    [p.priority, a.priorities[appeal.priority]],
    [p.contacts, [appeal.contacts.name, appeal.contacts.phone, appeal.contacts.email, appeal.contacts.address].filter(Boolean).join(', ')],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}
