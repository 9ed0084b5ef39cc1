import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MAX_FILE_BYTES } from '../fileCheck';
import { CATEGORIES, REQUEST_KINDS, ServiceSchema, type Service } from './serviceSchema';
import { SERVICES } from './services';

const byId = (id: string): Service => {
  const found = SERVICES.find((s) => s.id === id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
};

/** The working-day range each term filter promises the user. */
function termAgrees({ term, termDays: { min, max } }: Service): boolean {
  if (min > max) return false;
  switch (term) {
    case 'instant':
      return min === 0 && max === 0;
    case 'day':
      return max <= 1;
    case 'week':
      return max >= 2 && max <= 10;
    case 'week_plus':
      return max >= 10;
  }
}

describe('service catalog data', () => {
  it('has at least 12 services, every one valid under the schema', () => {
    expect(SERVICES.length).toBeGreaterThanOrEqual(12);
    for (const s of SERVICES) expect(() => v.parse(ServiceSchema, s), s.id).not.toThrow();
  });

  it('gives every service its own id and its own 11-digit code', () => {
    expect(new Set(SERVICES.map((s) => s.id)).size).toBe(SERVICES.length);
    expect(new Set(SERVICES.map((s) => s.code)).size).toBe(SERVICES.length);
  });

  it('leaves at most one category empty, so category filters have something to show', () => {
    const empty = CATEGORIES.filter((c) => !SERVICES.some((s) => s.category === c));
    expect(empty.length).toBeLessThanOrEqual(1);
  });

  it('offers at least one service of each kind of request', () => {
    for (const kind of REQUEST_KINDS) expect(SERVICES.some((s) => s.kind === kind), kind).toBe(true);
  });

  it('keeps the working-day range in agreement with the term filter', () => {
    for (const s of SERVICES) expect(termAgrees(s), `${s.id}: ${s.term} ${JSON.stringify(s.termDays)}`).toBe(true);
  });

  it('states fees as whole kopecks, and free services as null', () => {
    for (const s of SERVICES) {
      if (s.fee) expect(Number.isInteger(s.fee.amountKopecks) && s.fee.amountKopecks > 0, s.id).toBe(true);
    }
    expect(byId('internal-passport').fee?.amountKopecks).toBe(30_000);
    expect(byId('residence-certificate').fee).toBeNull();
  });

  it('never accepts an upload above 5 MB and explains every conditional document', () => {
    for (const s of SERVICES) {
      const docIds = s.documents.map((d) => d.id);
      expect(new Set(docIds).size, s.id).toBe(docIds.length);
      for (const d of s.documents) {
        expect(d.maxBytes, `${s.id}/${d.id}`).toBeLessThanOrEqual(MAX_FILE_BYTES);
        if (d.required === 'if') expect(d.when, `${s.id}/${d.id}`).toBeDefined();
      }
    }
  });

  it('gives every variant of a service its own id', () => {
    for (const s of SERVICES) {
      const ids = (s.variants ?? []).map((x) => x.id);
      expect(new Set(ids).size, s.id).toBe(ids.length);
    }
  });

  it('describes the flagship residence certificate as the domain requires', () => {
    const s = byId('residence-certificate');
    expect(s.variants?.map((x) => x.id)).toEqual(['registration-fact', 'place-of-residence', 'residence-period']);
    const consent = s.documents.find((d) => d.id === 'owner_consent');
    expect(consent?.required).toBe('if');
    expect(s.documents.filter((d) => d.required === 'yes').map((d) => d.id)).toEqual([
      'passport',
      'snils',
      'registration_proof',
    ]);
    for (const d of s.documents) expect([...d.accept].sort()).toEqual(['jpeg', 'pdf', 'png']);
    expect(s.results).toEqual(['electronic', 'post', 'office']);
    expect(s.identityLevel).toBe('confirmed');
  });

  it('lets an unconfirmed user at least suggest a missing service', () => {
    const s = byId('missing-service');
    expect(s.identityLevel).toBe('unconfirmed');
    expect(s.documents).toEqual([]);
  });
});
