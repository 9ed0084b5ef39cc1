import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { casesRu } from '../../i18n/cases.ru';
import { ru as shellRu } from '../../i18n/ru';

const ru = { ...shellRu, ...casesRu };
import { noticeText } from './noticeText';

const time = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const title = (id: string) => (id === 'residence-certificate' ? 'Справка о месте жительства' : id);

describe('noticeText', () => {
  it('fills the number, the service, dates and the reason', () => {
    expect(noticeText({ kind: 'registered', params: { number: '2026-AAAA-BBBB', serviceId: 'residence-certificate' } }, ru, time, title)).toBe(
      'Заявление 2026-AAAA-BBBB отправлено: Справка о месте жительства.',
    );
    const deadline = Date.parse('2026-11-25T15:00:00Z');
    expect(noticeText({ kind: 'documents_requested', params: { number: 'N', deadline } }, en, time, title)).toBe(
      'Application N needs documents — upload them by 2026-11-25.',
    );
    expect(noticeText({ kind: 'rejected', params: { number: 'N', reason: 'address_not_in_registry' } }, ru, time, title)).toBe(
      'По заявлению N отказано: адреса нет в реестре.',
    );
  });

  it('words the department taking an application and starting on it, and a news item as written', () => {
    expect(noticeText({ kind: 'accepted', params: { number: 'N', serviceId: 'residence-certificate' } }, ru, time, title)).toBe(
      'Ведомство приняло заявление N: Справка о месте жительства.',
    );
    expect(noticeText({ kind: 'processing', params: { number: 'N' } }, en, time, title)).toBe(
      'Application N is being examined: the department has started work on it.',
    );
    expect(noticeText({ kind: 'news', params: { title: 'Новый раздел', text: 'Справки в одном месте.' } }, ru, time, title)).toBe(
      'Новость портала: Новый раздел. Справки в одном месте.',
    );
  });

  it('shows an unknown kind as is rather than failing', () => {
    expect(noticeText({ kind: 'mystery', params: {} }, ru, time, title)).toBe('mystery');
  });
});

describe('appeal notices', () => {
  it('read as sentences, not as their kind, in both languages', () => {
    for (const dict of [ru, en]) {
      for (const kind of [
        'appeal_sent',
        'appeal_status',
        'appeal_documents',
        'appeal_extended',
        'appeal_answered',
        'appeal_warning',
        'appeal_breach',
      ]) {
        const text = noticeText(
          { kind, params: { number: '12345678', deadline: 0 } },
          dict,
          () => '01.12.2026 10:00',
          (id) => id,
        );
        expect(text).toContain('12345678');
        expect(text).not.toContain(kind);
      }
    }
  });
});
