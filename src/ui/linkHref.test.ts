import { defaultStringifySearch } from '@tanstack/router-core';
import { describe, expect, it } from 'vitest';
import { interpolatePath, isCurrent, linkHref } from './linkHref';

describe('linkHref', () => {
  it('fills path params, encoded as the router encodes them', () => {
    expect(interpolatePath('/catalog/$serviceId', { serviceId: 'residence-certificate' })).toBe('/catalog/residence-certificate');
    expect(interpolatePath('/applications/$id/pay', { id: 'a b/c' })).toBe('/applications/a%20b%2Fc/pay');
    expect(interpolatePath('/', {})).toBe('/');
  });

  it('writes the search with the router serializer and leaves out undefined values', () => {
    expect(linkHref('/inbox', undefined, { channel: 'sms', flow: undefined }, defaultStringifySearch)).toBe('/inbox?channel=sms');
    expect(linkHref('/operator', undefined, {}, defaultStringifySearch)).toBe('/operator');
    // A number-like string is quoted by the router's JSON format, so it reads back as a string.
    expect(linkHref('/fines', undefined, { uin: '188101' }, defaultStringifySearch)).toBe('/fines?uin=%22188101%22');
  });
});

describe('isCurrent', () => {
  it('marks the page itself and the sections above it, the home page only on itself', () => {
    expect(isCurrent('/help/contacts', {}, '/help', undefined)).toBe(true);
    expect(isCurrent('/help', {}, '/help/', undefined)).toBe(true);
    expect(isCurrent('/helpdesk', {}, '/help', undefined)).toBe(false);
    expect(isCurrent('/catalog', {}, '/', undefined)).toBe(false);
    expect(isCurrent('/', {}, '/', undefined)).toBe(true);
  });

  it('asks for every search value the link sets, not the others', () => {
    expect(isCurrent('/inbox', { channel: 'sms', flow: 'x' }, '/inbox', { channel: 'sms' })).toBe(true);
    expect(isCurrent('/inbox', { channel: 'email' }, '/inbox', { channel: 'sms' })).toBe(false);
    expect(isCurrent('/inbox', {}, '/inbox', { channel: 'sms', flow: undefined })).toBe(false);
  });
});
