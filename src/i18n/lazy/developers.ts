// The texts of the API reference page: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const developersTexts = await loadTexts('developers');
