// The texts of the doctor pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const doctorTexts = await loadTexts('doctor');
