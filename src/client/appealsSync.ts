// Fills the device's appeals mirror from the server in one go: when «Мои обращения» opens and before
// the data archive is written, so the archive carries every appeal (archived ones too).
import { AppealListSchema } from '../domain/appeals/view';
import { apiGet } from './api';
import { mirrorAppeals } from './repos/appealsRepo';

export async function syncAppeals(accountId: string): Promise<void> {
  const list = await apiGet('/appeals', AppealListSchema);
  await mirrorAppeals(accountId, list.appeals);
}
