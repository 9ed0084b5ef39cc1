// The texts of the catalog, apply pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const catalogTexts = await loadTexts('catalog');
