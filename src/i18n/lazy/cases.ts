// The texts of the cases, notices pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const casesTexts = await loadTexts('cases');
