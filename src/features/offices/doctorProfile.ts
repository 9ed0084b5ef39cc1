// What the doctor's appointment takes from «Мои данные»: the OMS policy and the clinic one is attached
// to. The server's saved profile first (the device's copy may predate these fields); the device's copy
// of what was last saved when the server cannot be reached; nothing when neither has them.
import { readProfile } from '../../client/profileApi';
import { readProfileCopy } from '../../client/repos/profileRepo';

export interface DoctorProfile {
  policy?: string;
  clinicId?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
/** The policy as typed may carry spaces; the form and the server take it without. */
const fromValues = (values: Record<string, unknown>): DoctorProfile => ({
  policy: text(values.omsPolicy)?.replace(/[\s-]/g, ''),
  clinicId: text(values.clinicId),
});

/** Never fails: a profile that cannot be read simply prefills nothing. */
export async function readDoctorProfile(accountId: string): Promise<DoctorProfile> {
  try {
    return fromValues((await readProfile()).profile ?? {});
  } catch {
    try {
      const copy = await readProfileCopy(accountId);
      return copy ? fromValues(copy.saved) : {};
    } catch {
      return {};
    }
  }
}
