import { describe, expect, it } from 'vitest';
import { decodeToken, MAX_INPUT_CHARS, type DecodedToken } from '../core';
import { selectIsVerdictBusy } from './inspection-slice';
import { createAppStore } from './store';
import { DECODE_ELSEWHERE_CHARS, selectEditorText, takeTokenText } from './token-slice';

/** A compact JWS of exactly `chars` characters whose payload's "sub" names it. */
function sizedToken(sub: string, chars: number): string {
  const header = 'eyJhbGciOiJub25lIn0'; // {"alg":"none"}
  const payload = Buffer.from(JSON.stringify({ sub })).toString('base64url');
  return `${header}.${payload}.${'A'.repeat(chars - header.length - payload.length - 2)}`;
}

const subOf = (decoded: DecodedToken) => {
  const content = decoded.parts.find((p) => p.name === 'payload')?.content;
  return content?.type === 'json' ? (content.value as { sub?: string }).sub : undefined;
};

/** A decoder that answers only when told to: the test decides which of two decodes finishes first. */
function controlledDecoder() {
  const waiting: { text: string; answer: () => void; fail: () => void }[] = [];
  const calls: string[] = [];
  const decode = (text: string) =>
    new Promise<DecodedToken>((resolve, reject) => {
      calls.push(text);
      waiting.push({ text, answer: () => resolve(decodeToken(text)), fail: () => reject(new Error('worker lost')) });
    });
  return { decode, calls, waiting };
}

describe('a large token text is decoded elsewhere, the token pending meanwhile', () => {
  it('decodes a short text at once, without asking the decoder', async () => {
    const store = createAppStore('');
    const { decode, calls } = controlledDecoder();
    await takeTokenText(store, sizedToken('short', 2_000), 'typed', decode);
    expect(calls).toEqual([]);
    expect(subOf(store.getState().decoded)).toBe('short');
    expect(store.getState().isTokenPending).toBe(false);
  });

  it('marks a long text pending, keeps the old decode until the answer, then takes it', async () => {
    const store = createAppStore('');
    store.getState().setToken(sizedToken('before', 2_000), 'typed');
    const { decode, calls, waiting } = controlledDecoder();
    const long = sizedToken('long', DECODE_ELSEWHERE_CHARS);
    const taking = takeTokenText(store, long, 'typed', decode);
    expect(calls).toEqual([long]);
    expect(store.getState().isTokenPending).toBe(true);
    expect(selectIsVerdictBusy(store.getState())).toBe(true);
    expect(subOf(store.getState().decoded)).toBe('before');
    expect(selectEditorText(store.getState())).toBe(long);
    waiting[0]?.answer();
    await taking;
    expect(store.getState()).toMatchObject({ isTokenPending: false, tokenText: long, tokenSource: 'typed' });
    expect(subOf(store.getState().decoded)).toBe('long');
    expect(store.getState().pendingTokenText).toBeNull();
  });

  it('drops a slower, older decode that answers after a newer one', async () => {
    const store = createAppStore('');
    const { decode, waiting } = controlledDecoder();
    const older = takeTokenText(store, sizedToken('older', DECODE_ELSEWHERE_CHARS + 10), 'typed', decode);
    const newer = takeTokenText(store, sizedToken('newer', DECODE_ELSEWHERE_CHARS + 20), 'typed', decode);
    waiting[1]?.answer();
    await newer;
    waiting[0]?.answer();
    await older;
    expect(subOf(store.getState().decoded)).toBe('newer');
    expect(store.getState().tokenText).toHaveLength(DECODE_ELSEWHERE_CHARS + 20);
    expect(store.getState().isTokenPending).toBe(false);
  });

  it('drops a pending decode once a short text is typed over it', async () => {
    const store = createAppStore('');
    const { decode, waiting } = controlledDecoder();
    const long = takeTokenText(store, sizedToken('long', DECODE_ELSEWHERE_CHARS), 'typed', decode);
    await takeTokenText(store, sizedToken('typed after', 500), 'typed', decode);
    expect(store.getState()).toMatchObject({ isTokenPending: false, pendingTokenText: null });
    waiting[0]?.answer();
    await long;
    expect(subOf(store.getState().decoded)).toBe('typed after');
  });

  it('decodes here after all when the decoder fails, unless a newer text came', async () => {
    const store = createAppStore('');
    const { decode, waiting } = controlledDecoder();
    const failed = takeTokenText(store, sizedToken('fallback', DECODE_ELSEWHERE_CHARS), 'found', decode);
    waiting[0]?.fail();
    await failed;
    expect(subOf(store.getState().decoded)).toBe('fallback');
    expect(store.getState()).toMatchObject({ isTokenPending: false, tokenSource: 'found' });

    const stale = takeTokenText(store, sizedToken('stale', DECODE_ELSEWHERE_CHARS), 'typed', decode);
    await takeTokenText(store, sizedToken('newest', 500), 'typed', decode);
    waiting[1]?.fail();
    await stale;
    expect(subOf(store.getState().decoded)).toBe('newest');
  });

  it('refuses a text over the limit at once, keeping only its start', async () => {
    const store = createAppStore('');
    const { decode, calls } = controlledDecoder();
    await takeTokenText(store, 'A'.repeat(MAX_INPUT_CHARS + 1), 'typed', decode);
    expect(calls).toEqual([]);
    expect(store.getState().refusedInputLength).toBe(MAX_INPUT_CHARS + 1);
    expect(store.getState().tokenText.length).toBeLessThan(10_000);
    expect(store.getState().decoded.findings.map((f) => f.code)).toEqual(['input-too-large']);
  });
});
