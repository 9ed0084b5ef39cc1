// The texts of the receipts pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const receiptsTexts = await loadTexts('receipts');
