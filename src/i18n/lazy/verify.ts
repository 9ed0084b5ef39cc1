// The texts of the verify pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const verifyTexts = await loadTexts('verify');
