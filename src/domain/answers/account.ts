// Small answers of the account routes: declared once, read by the contract and the page.
import * as v from 'valibot';

export const VerifiedSchema = v.object({ verified: v.literal(true) });
export const SignedOutSchema = v.object({ signedOut: v.literal(true) });
export const ChallengeSchema = v.object({ challenge: v.string(), expiresAt: v.number() });
