// «Мои данные» as flat values by path, for prefilling a form and for the registry check on the review.
import { readProfile } from '../../client/profileApi';
import { readProfileCopy } from '../../client/repos/profileRepo';
import type { AccountView } from '../../domain/account';
import { toFormValues } from '../../domain/profileValues';

/** «Мои данные» as saved on the server, or offline the copy on this device, with the account's contacts. */
export async function profileValues(account: AccountView): Promise<Record<string, unknown>> {
  try {
    const envelope = await readProfile();
    return toFormValues(envelope.profile, envelope.account);
  } catch {
    const copy = await readProfileCopy(account.id);
    return { ...account.person, phone: account.phone, email: account.email, ...copy?.values };
  }
}
