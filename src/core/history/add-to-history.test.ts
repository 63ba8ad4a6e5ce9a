import { describe, expect, it } from 'vitest';
import { addToHistory, HISTORY_LIMIT } from './add-to-history';
import { readHistoryEntries } from './read-history-entries';
import type { HistoryEntry } from './types';

const entry = (token: string, seenAt: number, label: string | null = null): HistoryEntry => ({
  token,
  label,
  kind: 'JWS',
  iss: null,
  exp: null,
  seenAt,
});

describe('addToHistory: newest first, one entry per token, at most 50', () => {
  it('puts a new token on top', () => {
    const history = addToHistory([entry('a', 1)], entry('b', 2));
    expect(history.map((e) => e.token)).toEqual(['b', 'a']);
  });

  it('a token seen again moves to the top with its new time, once', () => {
    const history = addToHistory([entry('c', 3), entry('b', 2), entry('a', 1)], entry('a', 4));
    expect(history.map((e) => [e.token, e.seenAt])).toEqual([
      ['a', 4],
      ['c', 3],
      ['b', 2],
    ]);
  });

  it('keeps the label a token had when it is seen again without one, and takes a new label', () => {
    const labelled = [entry('a', 1, 'id_token in the token response')];
    expect(addToHistory(labelled, entry('a', 2))[0]?.label).toBe('id_token in the token response');
    expect(addToHistory(labelled, entry('a', 2, 'Cookie session'))[0]?.label).toBe('Cookie session');
  });

  it(`keeps the ${HISTORY_LIMIT} newest: the oldest goes first`, () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => entry(`t${i}`, i));
    const history = addToHistory(full, entry('new', 1000));
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.token).toBe('new');
    expect(history.map((e) => e.token)).not.toContain('t0');
    expect(history.at(-1)?.token).toBe('t1');
  });

  it('orders entries given in any order', () => {
    const history = addToHistory([entry('a', 1), entry('c', 3), entry('b', 2)], entry('d', 4));
    expect(history.map((e) => e.token)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('readHistoryEntries: what storage gives back is checked before it is shown', () => {
  it('keeps well-formed entries, newest first', () => {
    const stored = [entry('a', 1), { ...entry('b', 2), kind: 'SD-JWT', iss: 'x', exp: 5, label: 'l' }];
    expect(readHistoryEntries(stored).map((e) => e.token)).toEqual(['b', 'a']);
  });

  it.each([
    ['null', null],
    ['a string', 'eyJ…'],
    ['an empty token', entry('', 1)],
    ['an unknown kind', { ...entry('a', 1), kind: 'JWT' }],
    ['an exp that is text', { ...entry('a', 1), exp: '5' }],
    ['no seenAt', { token: 'a', label: null, kind: 'JWS', iss: null, exp: null }],
    ['a label that is a number', { ...entry('a', 1), label: 3 }],
  ])('leaves out %s', (_name, value) => {
    expect(readHistoryEntries([value, entry('ok', 1)]).map((e) => e.token)).toEqual(['ok']);
  });
});
