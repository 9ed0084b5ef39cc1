// The texts of the validation, fieldErrors pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const validationTexts = await loadTexts('validation');
