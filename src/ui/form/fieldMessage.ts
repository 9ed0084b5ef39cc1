// Turns a validation code (from a shared schema or from the server) into a sentence for the user.
import { t } from '../../i18n/i18n';

export function fieldMessage(code: string): string {
  const dictionary = t();
  // A code the API also answers outside a form (phone_taken, code_expired) keeps its one sentence in `errors`.
  const known: Record<string, string> = { ...dictionary.errors, ...dictionary.fieldErrors, ...dictionary.validation };
  return known[code] ?? dictionary.errors.fieldInvalid;
}
