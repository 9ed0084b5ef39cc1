// The texts of the demoData pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const demoDataTexts = await loadTexts('demoData');
