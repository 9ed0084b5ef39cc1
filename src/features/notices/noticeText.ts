// A notice's sentence in the reader's language, built from its kind and parameters.
import { fill } from '../../i18n/i18n';
import type { Dictionary } from '../../i18n/ru';
import type { Notice } from './noticesApi';
import { isRejectionReason } from '../../domain/scenario';

type Kind = keyof Dictionary['notices']['kinds'];

export function noticeText(
  notice: Pick<Notice, 'kind' | 'params'>,
  dict: Pick<Dictionary, 'notices' | 'rejectionReasons'>,
  formatTime: (ms: number) => string,
  serviceTitle: (id: string) => string,
): string {
  const template = dict.notices.kinds[notice.kind as Kind];
  if (!template) return notice.kind;
  const { number = '', deadline, validUntil, reason, serviceId } = notice.params;
  const values: Record<string, string> = {
    // Account alerts name a masked phone, a device, a count: their own parameters, as written.
    ...Object.fromEntries(Object.entries(notice.params).map(([name, value]) => [name, String(value)])),
    number: String(number),
    service: serviceId ? serviceTitle(String(serviceId)) : '',
    deadline: deadline !== undefined ? formatTime(Number(deadline)) : '',
    date: validUntil !== undefined ? formatTime(Number(validUntil)) : '',
    reason: reason ? (isRejectionReason(reason) ? dict.rejectionReasons[reason] : String(reason)) : '',
  };
  return fill(template, values);
}
