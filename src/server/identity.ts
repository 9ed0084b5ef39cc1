// The simulated registries behind identity levels: a saved profile whose passport and SNILS pass the
// registry check makes the account «standard»; changing checked data drops what was confirmed.
import type { IdentityLevel } from '../domain/account';
import type { Profile } from '../domain/profile';

/** Profile parts the registries vouch for: a change to any of them invalidates the level. */
export function verifiedPart(profile: Profile | undefined): string {
  if (!profile) return '';
  const { surname, name, patronymic, birthDate, gender, passport, snils } = profile;
  return JSON.stringify({ surname, name, patronymic, birthDate, gender, passport, snils });
}

/**
 * The simulated MVD and pension-fund check: the passport and the SNILS must both be present and valid
 * by their schemas (checked before this is called). A series starting with «00» is never issued and
 * is refused, so demos can show a failed check.
 */
export function registryAccepts(profile: Profile): boolean {
  return Boolean(profile.passport && profile.snils && !profile.passport.series.startsWith('00'));
}

export function nextLevel(current: IdentityLevel, before: Profile | undefined, after: Profile): IdentityLevel {
  const changed = verifiedPart(before) !== verifiedPart(after);
  const base: IdentityLevel = changed && current === 'confirmed' ? 'unconfirmed' : current;
  if (base === 'confirmed') return 'confirmed';
  return registryAccepts(after) ? 'standard' : 'unconfirmed';
}
