// What the doctor's appointment takes from «Мои данные»: the OMS policy and the clinic one is attached
// to. The device's copy first (as last saved), the server when this device has none; none when offline.
import { readProfile } from '../../client/profileApi';
import { readProfileCopy } from '../../client/repos/profileRepo';

export interface DoctorProfile {
  policy?: string;
  clinicId?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.replace(/[\s-]/g, '') : undefined);

/** Never fails: a profile that cannot be read simply prefills nothing. */
export async function readDoctorProfile(accountId: string): Promise<DoctorProfile> {
  try {
    const copy = await readProfileCopy(accountId);
    if (copy) return { policy: text(copy.saved.omsPolicy), clinicId: text(copy.saved.clinicId) };
    const { profile } = await readProfile();
    const found = (profile ?? {}) as Record<string, unknown>;
    return { policy: text(found.omsPolicy), clinicId: text(found.clinicId) };
  } catch {
    return {};
  }
}
