import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createForm } from './createForm';

const schema = v.object({
  surname: v.pipe(v.string(), v.nonEmpty('required')),
  visit: v.pipe(v.string(), v.nonEmpty('visit_required')),
});

const form = () => createForm({ schema: () => schema, initial: { surname: '', visit: '' }, order: ['surname', 'visit'] });

describe('the error summary', () => {
  it('is taken at submit, and a field put right leaves it on blur while new errors wait for the next submit', () => {
    const f = form();
    expect(f.submit()).toBeNull();
    expect(Object.keys(f.summary())).toEqual(['surname', 'visit']);
    f.set('visit', 'booking-1');
    f.blur('visit');
    expect(Object.keys(f.summary())).toEqual(['surname']);
    f.set('surname', 'Иванова');
    f.blur('surname');
    expect(f.summary()).toEqual({});
    f.set('surname', '');
    f.blur('surname');
    expect(f.errors().surname).toBeTruthy();
    expect(f.summary()).toEqual({});
  });
});
