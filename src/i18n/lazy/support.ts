// The texts of the support, operatorChats pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const supportTexts = await loadTexts('support');
