import { describe, expect, it } from 'vitest';
import { normalizeInput } from './normalize-input';

const T = 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln';
const WHITESPACE = 'surrounding whitespace';
const QUOTES = 'surrounding quotes';
const AUTHORIZATION = 'the "Authorization:" header name';

describe('normalizeInput strips what wraps a pasted token (RFC 6750 §2.1, RFC 9449 §7.1)', () => {
  it.each([
    { name: 'a bare token is left alone', input: T, expected: { text: T, offset: 0, removed: [] } },
    { name: 'empty input stays empty', input: '', expected: { text: '', offset: 0, removed: [] } },
    {
      name: '"Bearer " is removed',
      input: `Bearer ${T}`,
      expected: { text: T, offset: 7, removed: ['the "Bearer" scheme'] },
    },
    {
      name: '"bearer " is removed, named as typed',
      input: `bearer ${T}`,
      expected: { text: T, offset: 7, removed: ['the "bearer" scheme'] },
    },
    {
      name: '"BEARER" and a tab are removed',
      input: `BEARER\t${T}`,
      expected: { text: T, offset: 7, removed: ['the "BEARER" scheme'] },
    },
    {
      name: '"DPoP " is removed',
      input: `DPoP ${T}`,
      expected: { text: T, offset: 5, removed: ['the "DPoP" scheme'] },
    },
    {
      name: 'several spaces after the scheme are removed',
      input: `Bearer   ${T}`,
      expected: { text: T, offset: 9, removed: ['the "Bearer" scheme'] },
    },
    {
      name: 'an Authorization header line is removed',
      input: `Authorization: Bearer ${T}`,
      expected: { text: T, offset: 22, removed: [AUTHORIZATION, 'the "Bearer" scheme'] },
    },
    {
      name: 'a lower-case header with no space is removed',
      input: `authorization:DPoP ${T}`,
      expected: { text: T, offset: 19, removed: [AUTHORIZATION, 'the "DPoP" scheme'] },
    },
    { name: 'double quotes are removed', input: `"${T}"`, expected: { text: T, offset: 1, removed: [QUOTES] } },
    { name: 'single quotes are removed', input: `'${T}'`, expected: { text: T, offset: 1, removed: [QUOTES] } },
    { name: 'backticks are removed', input: `\`${T}\``, expected: { text: T, offset: 1, removed: [QUOTES] } },
    {
      name: 'curly double quotes are removed',
      input: `\u201c${T}\u201d`,
      expected: { text: T, offset: 1, removed: [QUOTES] },
    },
    {
      name: 'quotes around "Bearer …" are removed',
      input: `"Bearer ${T}"`,
      expected: { text: T, offset: 8, removed: [QUOTES, 'the "Bearer" scheme'] },
    },
    {
      name: 'quotes after the header and scheme are removed',
      input: `Authorization: Bearer "${T}"`,
      expected: { text: T, offset: 23, removed: [AUTHORIZATION, 'the "Bearer" scheme', QUOTES] },
    },
    {
      name: 'outer whitespace and newlines are removed',
      input: `\n  ${T} \r\n`,
      expected: { text: T, offset: 3, removed: [WHITESPACE] },
    },
    {
      name: 'whitespace inside quotes is removed too',
      input: ` " ${T} " `,
      expected: { text: T, offset: 3, removed: [WHITESPACE, QUOTES] },
    },
    { name: 'unbalanced quotes are kept', input: `"${T}`, expected: { text: `"${T}`, offset: 0, removed: [] } },
    {
      name: 'mismatched quotes are kept',
      input: `\u201c${T}"`,
      expected: { text: `\u201c${T}"`, offset: 0, removed: [] },
    },
    { name: 'empty quotes leave empty text', input: '""', expected: { text: '', offset: 1, removed: [QUOTES] } },
    { name: 'a lone "Bearer" is not a scheme', input: 'Bearer', expected: { text: 'Bearer', offset: 0, removed: [] } },
    {
      name: '"Bearer" glued to the token is kept',
      input: `Bearer${T}`,
      expected: { text: `Bearer${T}`, offset: 0, removed: [] },
    },
  ])('$name', ({ input, expected }) => {
    const result = normalizeInput(input);
    expect(result).toEqual(expected);
    expect(input.slice(result.offset, result.offset + result.text.length)).toBe(result.text);
  });

  it.each([
    { name: 'a space', inner: 'eyJhbGciOiJIUzI1NiJ9 .e30.c2ln', input: 'Bearer eyJhbGciOiJIUzI1NiJ9 .e30.c2ln' },
    { name: 'a newline', inner: 'eyJhbGciOiJIUzI1NiJ9.\ne30.c2ln', input: '"eyJhbGciOiJIUzI1NiJ9.\ne30.c2ln"' },
    {
      name: 'a tab and a quote',
      inner: 'eyJhbGciOiJIUzI1NiJ9.e"3\t0.c2ln',
      input: "'eyJhbGciOiJIUzI1NiJ9.e\"3\t0.c2ln'",
    },
  ])('never removes anything inside the token: $name stays', ({ inner, input }) => {
    const result = normalizeInput(input);
    expect(result.text).toBe(inner);
    expect(input.slice(result.offset, result.offset + result.text.length)).toBe(inner);
  });

  it('handles a megabyte of whitespace around a token in linear time', () => {
    const padding = ' '.repeat(500_000);
    const started = performance.now();
    expect(normalizeInput(`${padding}${T}${padding}`)).toEqual({ text: T, offset: 500_000, removed: [WHITESPACE] });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
