// The texts of the profile, documents, dataRights, identity pages: importing this loads them (Russian) before the importer runs.
import { loadTexts } from '../i18n';

export const profileTexts = await loadTexts('profile');
