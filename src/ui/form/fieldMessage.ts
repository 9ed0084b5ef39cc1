// Turns a validation code (from a shared schema or from the server) into a sentence for the user.
// Importing this loads the validation texts: every form module reaches them through here.
import { validationTexts } from '../../i18n/lazy/validation';

export function fieldMessage(code: string): string {
  const dictionary = validationTexts();
  // A code the API also answers outside a form (phone_taken, code_expired) keeps its one sentence in `errors`.
  const known: Record<string, string> = { ...dictionary.errors, ...dictionary.fieldErrors, ...dictionary.validation };
  return known[code] ?? dictionary.errors.fieldInvalid;
}
