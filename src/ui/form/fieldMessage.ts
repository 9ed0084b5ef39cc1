// Turns a validation code (from a shared schema or from the server) into a sentence for the user.
import { t } from '../../i18n/i18n';

export function fieldMessage(code: string): string {
  const dictionary = t();
  const known: Record<string, string> = { ...dictionary.fieldErrors, ...dictionary.validation };
  return known[code] ?? dictionary.errors.fieldInvalid;
}
