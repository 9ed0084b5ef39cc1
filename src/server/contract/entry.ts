// A short way to write a contract entry: the common codes (by caller, by body) are added here, so each
// route lists only what is its own.
import { ANY_ROUTE_CODES, BODY_CODES, CITIZEN_CODES, OPERATOR_CODES } from './errors';
import type { Caller, ContractEntry, ContractTag } from './types';

type Own = Omit<ContractEntry, 'tag' | 'caller' | 'summary' | 'errors'> & { errors?: readonly string[] };

const CALLER_CODES: Record<Caller, readonly string[]> = {
  anyone: [],
  citizen: CITIZEN_CODES,
  operator: OPERATOR_CODES,
  flow: ['flow_not_found', 'unauthorized'],
};

export function entry(tag: ContractTag, caller: Caller, en: string, ru: string, own: Own): ContractEntry {
  const errors = new Set<string>([...ANY_ROUTE_CODES, ...CALLER_CODES[caller], ...(own.body || own.query ? BODY_CODES : []), ...(own.errors ?? [])]);
  return { ...own, tag, caller, summary: { en, ru }, errors: [...errors] };
}
