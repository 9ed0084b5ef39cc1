// Two tabs of one draft: what one tab does with the other's row, including the clash both tabs can reach.
import { describe, expect, it } from 'vitest';
import { mergeDraft } from './mergeDraft';

const base = { firstName: 'Иван', middleName: '' };

describe('mergeDraft', () => {
  it('takes an answer only the other tab changed', () => {
    expect(mergeDraft(base, base, base, { ...base, middleName: 'Сергеевна' })).toEqual({ taken: ['middleName'], clashes: [] });
  });

  it('ignores its own echo', () => {
    const mine = { ...base, firstName: 'Анна' };
    expect(mergeDraft(base, mine, mine, mine)).toEqual({ taken: [], clashes: [] });
  });

  it('a change made in both tabs before either saw the other clashes in each tab, whichever wrote first', () => {
    const anna = { ...base, firstName: 'Анна' };
    const olga = { ...base, firstName: 'Ольга' };
    // Tab A wrote «Анна» and then receives «Ольга»; tab B wrote «Ольга» and then receives «Анна».
    expect(mergeDraft(base, anna, anna, olga).clashes).toEqual([{ field: 'firstName', mine: 'Анна', theirs: 'Ольга' }]);
    expect(mergeDraft(base, olga, olga, anna).clashes).toEqual([{ field: 'firstName', mine: 'Ольга', theirs: 'Анна' }]);
    // Tab B had typed «Ольга» but not written it yet when «Анна» arrived.
    expect(mergeDraft(base, base, olga, anna).clashes).toEqual([{ field: 'firstName', mine: 'Ольга', theirs: 'Анна' }]);
  });

  it('an edit made after the other tab’s change arrived is a plain update, not a clash', () => {
    const anna = { ...base, firstName: 'Анна' };
    expect(mergeDraft(anna, anna, anna, { ...anna, firstName: 'Ольга' })).toEqual({ taken: ['firstName'], clashes: [] });
  });

  it('an empty answer and a missing one are the same', () => {
    expect(mergeDraft({ a: '' }, {}, {}, {})).toEqual({ taken: [], clashes: [] });
  });
});
