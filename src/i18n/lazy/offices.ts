// The texts of the offices pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const officesTexts = await loadTexts('offices');
