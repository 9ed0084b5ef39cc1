// The texts of the pay pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const payTexts = await loadTexts('pay');
