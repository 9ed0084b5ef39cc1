import { describe, expect, it } from 'vitest';
import { noticeTopic } from './noticeTopic';

describe('noticeTopic', () => {
  it('sorts notices by what they are about', () => {
    expect(noticeTopic('appeal_answered')).toBe('appeals');
    expect(noticeTopic('appeal_warning')).toBe('appeals');
    expect(noticeTopic('booking_reminder')).toBe('bookings');
    expect(noticeTopic('documents_requested')).toBe('applications');
    expect(noticeTopic('ready')).toBe('applications');
    expect(noticeTopic('account_phone_changed')).toBe('account');
    expect(noticeTopic('news')).toBe('news');
    expect(noticeTopic('accepted')).toBe('applications');
  });
});
