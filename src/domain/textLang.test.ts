import { describe, expect, it } from 'vitest';
import { textLang } from './textLang';

describe('textLang', () => {
  it('takes an SMS in Russian for Russian, even with digits and a Latin brand in it', () => {
    expect(textLang('Код для входа в Окно: 123456. Никому его не сообщайте.')).toBe('ru');
    expect(textLang('Ваш код Okno ID: 123456')).toBe('ru');
  });
  it('takes Latin-only text for English and leaves a text without letters undecided', () => {
    expect(textLang('Your code: 123456')).toBe('en');
    expect(textLang('123 456')).toBeUndefined();
  });
});
