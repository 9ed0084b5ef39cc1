import { describe, expect, it } from 'vitest';
import { CODE_PURPOSES, codeMessage, type CodePurpose } from './codePurposes';

describe('one-time code texts', () => {
  it('word each purpose as the portal and the bank send it', () => {
    expect(codeMessage('second_factor', '123456')).toEqual({
      subject: 'Код подтверждения: 123456',
      body: 'Код для входа в Окно: 123456. Действует 5 минут. Никому его не сообщайте.',
    });
    expect(codeMessage('payment_card', '654321', { amount: '300 ₽', card: '•••• 0003' }).body).toBe(
      'Подтверждение оплаты 300 ₽ картой •••• 0003. Код: 654321. Никому его не сообщайте.',
    );
  });

  it('leave no placeholder unfilled when the flow gives its values', () => {
    const values = { amount: '1 ₽', card: '•••• 1' };
    for (const purpose of Object.keys(CODE_PURPOSES) as CodePurpose[]) {
      expect(codeMessage(purpose, '000000', values).body).not.toMatch(/\{\w+\}/);
    }
  });

  it('keep a checked code for a later step only where the flow has one', () => {
    const twoStep = Object.entries(CODE_PURPOSES)
      .filter(([, rule]) => rule.twoStep)
      .map(([purpose]) => purpose);
    // A phone change checks two codes: a right one is kept while the other is typed again.
    expect(twoStep.sort()).toEqual(['phone_change_new', 'phone_change_old', 'register', 'reset']);
  });

  it('send nothing for a flow that only waits for the authenticator app', () => {
    const silent = Object.entries(CODE_PURPOSES)
      .filter(([, rule]) => 'noMessage' in rule && rule.noMessage)
      .map(([purpose]) => purpose);
    // …and the sign-in with support's temporary password, which waits only for the new password (issue 19.12).
    expect(silent).toEqual(['temporary_change', 'authenticator_signin']);
  });
});
