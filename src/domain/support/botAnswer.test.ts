import { describe, expect, it } from 'vitest';
import { ARTICLES } from './articles';
import { answerHelped, answerProblem } from './botAnswer';
import type { ChatMessage } from './chat';
import { buildKbIndex } from './kbSearch';

const index = buildKbIndex(ARTICLES);
let n = 0;
const newId = () => `m${++n}`;

describe('bot answers', () => {
  it('offers one to three articles with the category for a problem it understands', () => {
    const [reply] = answerProblem('учетную запись заблокировали', index, 1, newId);
    expect(reply?.kind).toBe('articles');
    expect(reply?.category).toBe('signin');
    expect(reply?.articleIds?.length).toBeGreaterThanOrEqual(1);
    expect(reply?.articleIds?.length).toBeLessThanOrEqual(3);
    expect(reply?.articleIds).toContain('selfhelp-locked-out');
  });

  it('says plainly it does not do legal questions and offers a person', () => {
    expect(answerProblem('хочу подать иск в суд', index, 1, newId).map((m) => m.kind)).toEqual(['legal', 'offer_person']);
  });

  it('on «Нет» shows other articles than before, says what it cannot do and offers a person', () => {
    const first = answerProblem('не могу войти', index, 1, newId);
    const messages: ChatMessage[] = [{ id: 'c', at: 0, from: 'citizen', text: 'не могу войти' }, ...first];
    const reply = answerHelped(false, messages, index, 2, newId);
    expect(reply.map((m) => m.kind)).toEqual(['more', 'cannot', 'offer_person']);
    const again = reply[0]!.articleIds!;
    for (const id of first[0]!.articleIds!) expect(again).not.toContain(id);
  });

  it('on «Да» thanks', () => {
    expect(answerHelped(true, [], index, 1, newId).map((m) => m.kind)).toEqual(['thanks']);
  });
});
