// What a citizen typed into the doctor's appointment's patient form (child's name, birth date, policy),
// kept on the device at every keystroke so a reload or crash loses nothing; erased once the visit is
// booked, and with the account's other rows when the device is cleared (deviceRepo.wipeAccountData).
import * as v from 'valibot';
import { getDb } from '../database';
import { doctorFormKey, readPersonalSetting, writePersonalSetting } from './personalSettings';

export { doctorFormKey };
const ValuesSchema = v.nullable(v.record(v.string(), v.string()));

export async function readDoctorForm(accountId: string): Promise<Record<string, string> | null> {
  return readPersonalSetting(doctorFormKey(accountId), ValuesSchema, null);
}

/** Written at once, not debounced: a debounced write loses what was typed just before a crash. Sealed when the account encrypts. */
export async function writeDoctorForm(accountId: string, values: Record<string, string>): Promise<void> {
  await writePersonalSetting(accountId, doctorFormKey(accountId), values);
}

export async function clearDoctorForm(accountId: string): Promise<void> {
  await getDb().settings.delete(doctorFormKey(accountId));
}
