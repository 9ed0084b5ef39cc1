// What a citizen typed into the doctor's appointment's patient form (child's name, birth date, policy),
// kept on the device at every keystroke so a reload or crash loses nothing; erased once the visit is
// booked, and with the account's other rows when the device is cleared (deviceRepo.wipeAccountData).
import * as v from 'valibot';
import { getDb } from '../database';

export const doctorFormKey = (accountId: string) => `doctor.patient.${accountId}`;
const ValuesSchema = v.record(v.string(), v.string());

export async function readDoctorForm(accountId: string): Promise<Record<string, string> | null> {
  const parsed = v.safeParse(ValuesSchema, (await getDb().settings.get(doctorFormKey(accountId)))?.value);
  return parsed.success ? parsed.output : null;
}

/** Written at once, not debounced: a debounced write loses what was typed just before a crash. */
export async function writeDoctorForm(accountId: string, values: Record<string, string>): Promise<void> {
  await getDb().settings.put({ key: doctorFormKey(accountId), value: values });
}

export async function clearDoctorForm(accountId: string): Promise<void> {
  await getDb().settings.delete(doctorFormKey(accountId));
}
