import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './redirects';

describe('sameOriginPath', () => {
  it.each([
    ['/teams', '/teams'],
    ['/teams/abc?site=1#lijst', '/teams/abc?site=1#lijst'],
    ['/overzicht?volgende=//evil.example', '/overzicht?volgende=//evil.example'],
    ['/./profiel', '/profiel'],
  ])('keeps the local path %s', (value, expected) => {
    expect(sameOriginPath(value)).toBe(expected);
  });

  it.each([
    ['protocol-relative', '//evil.example'],
    ['backslash', '/\\evil.example'],
    ['backslash twice', '/\\\\evil.example/pad'],
    ['tab', '/\t/evil.example'],
    ['newline', '/\n/evil.example'],
    ['carriage return and tab', '/\r\t\\evil.example'],
    ['absolute URL', 'https://evil.example/teams'],
    ['javascript', 'javascript:alert(1)'],
    ['relative without slash', 'evil.example'],
    ['empty', ''],
    ['not a string', 42],
    ['missing', null],
  ])('refuses %s', (_name, value) => {
    expect(sameOriginPath(value)).toBeNull();
  });
});
