// The texts of the officeConsole, operator pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const operatorTexts = await loadTexts('operator');
