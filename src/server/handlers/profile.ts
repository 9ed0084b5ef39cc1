// «Мои данные» on the server: read and save the profile, re-checked with the shared schema on the
// simulated day; SNILS and e-mail stay unique; checked data changes move the identity level.
import { createProfileSchema } from '../../domain/profile';
import type { ProfileEnvelope } from '../../domain/account';
import { requireAccount, viewAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import { nextLevel, verifiedPart } from '../identity';
import type { Handler, RequestContext } from '../router';
import type { AccountRow } from '../rows';

const today = (ctx: RequestContext) => new Date(ctx.now).toISOString().slice(0, 10);

function envelope(ctx: RequestContext, account: AccountRow, levelChange: ProfileEnvelope['levelChange'] = null): ProfileEnvelope {
  return { account: viewAccount(account), profile: account.profile ?? null, today: today(ctx), levelChange };
}

export const getProfile: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  return json(envelope(ctx, account));
};

export const putProfile: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const profile = await readJson(ctx.request, createProfileSchema(today(ctx)));
  if (profile.phone !== account.phone) {
    throw new ApiError(422, 'validation', 'The phone is changed only with an SMS confirmation', { phone: 'phone_locked' });
  }
  const next = await ctx.db.transaction('rw', ctx.db.accounts, ctx.db.changes, async () => {
    if (profile.snils) {
      const other = await ctx.db.accounts.where('snils').equals(profile.snils).first();
      if (other && other.id !== account.id) throw new ApiError(409, 'snils_taken', 'SNILS belongs to another account', { snils: 'snils_taken' });
    }
    const owner = await ctx.db.accounts.where('email').equals(profile.email).first();
    if (owner && owner.id !== account.id) throw new ApiError(409, 'email_taken', 'E-mail belongs to another account', { email: 'email_taken' });
    const updated: AccountRow = {
      ...account,
      profile,
      email: profile.email,
      person: {
        surname: profile.surname,
        name: profile.name,
        patronymic: profile.patronymic ?? '',
        birthDate: profile.birthDate,
        gender: profile.gender,
      },
      identityLevel: nextLevel(account.identityLevel, account.profile, profile),
    };
    // A new address has to prove itself again before it signs in or recovers the password.
    if (profile.email !== account.email) delete updated.emailConfirmedAt;
    if (profile.snils) updated.snils = profile.snils;
    else delete updated.snils;
    if (profile.inn) updated.inn = profile.inn;
    else delete updated.inn;
    // A confirmation (or a scan under check) was about the old checked data; it does not carry over.
    if (verifiedPart(account.profile) !== verifiedPart(profile) && updated.identityLevel !== 'confirmed') delete updated.identity;
    await ctx.db.accounts.put(updated);
    await ctx.recordChange('account', account.id, 'put', account.id);
    return updated;
  });
  const change = next.identityLevel !== account.identityLevel ? { from: account.identityLevel, to: next.identityLevel } : null;
  return json(envelope(ctx, next, change));
};

/** «Удалить мои данные»: the profile and checked identity go; the sign-in (phone, e-mail, password) stays. */
export const deleteProfile: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const next: AccountRow = { ...account, identityLevel: 'unconfirmed' };
  delete next.profile;
  delete next.snils;
  delete next.inn;
  await ctx.db.accounts.put(next);
  await ctx.recordChange('account', account.id, 'put', account.id);
  return json(envelope(ctx, next, account.identityLevel === 'unconfirmed' ? null : { from: account.identityLevel, to: 'unconfirmed' }));
};
