// The texts of the account, inbox, journal, settings pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const accountTexts = await loadTexts('account');
