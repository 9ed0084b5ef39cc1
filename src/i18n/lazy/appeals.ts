// The texts of the appeals pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const appealsTexts = await loadTexts('appeals');
