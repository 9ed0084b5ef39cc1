// A refusal reason in the current language: inside a sentence as it is, or capitalised as a label.
import { isRejectionReason } from '../domain/scenario';
import { t } from './i18n';

export function reasonText(reason: string, as: 'label' | 'inline' = 'label'): string {
  if (!isRejectionReason(reason)) return reason;
  const text = t().rejectionReasons[reason];
  return as === 'label' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
