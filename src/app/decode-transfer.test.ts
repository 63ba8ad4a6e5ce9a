import { describe, expect, it } from 'vitest';
import { decodeToken } from '../core';
import { packDecoded, packLongStrings, PIECE_CHARS, unpackLongStrings } from './decode-transfer';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('a decoded large token crosses from the worker in short messages', () => {
  it('gives back exactly the decoded token, through structured clone', () => {
    const blob = 'x'.repeat(3 * PIECE_CHARS + 5);
    const pasted = ` ${b64('{"alg":"none","__proto__":{"polluted":true}}')}.${b64(JSON.stringify({ sub: 'big', blob }))}. `;
    const decoded = decodeToken(pasted);
    const { packed, pieces } = packDecoded(decoded, pasted);

    // Nothing long is left in the token message; the claim (and the payload's JSON text) go as pieces.
    expect(JSON.stringify(packed).length).toBeLessThan(10_000);
    expect(pieces.flat().every((piece) => piece.length <= PIECE_CHARS)).toBe(true);
    // The input and the encoded payload are slices of the pasted text: not sent at all.
    expect(pieces.flat().join('').length).toBeLessThan(2 * blob.length + 100);
    expect(packed.longStrings.filter((s) => s.from === 'input').length).toBeGreaterThanOrEqual(2);

    const received = structuredClone({ packed, pieces });
    const unpacked = unpackLongStrings(received.packed, received.pieces, pasted);
    expect(unpacked).toEqual(decoded);
    expect(Object.hasOwn(unpacked.header ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves a small token as it is', () => {
    const pasted = `${b64('{"alg":"none"}')}.${b64('{"sub":"small"}')}.`;
    const decoded = decodeToken(pasted);
    const { packed, pieces } = packDecoded(decoded, pasted);
    expect(packed.longStrings).toEqual([]);
    expect(pieces).toEqual([]);
    expect(packed.skeleton).toEqual(decoded);
  });
});

describe('any value (an inspection) crosses the same way', () => {
  it('sends its long strings as pieces and gives it back whole', () => {
    const long = 'é'.repeat(PIECE_CHARS * 2 + 1);
    const value = { payload: { text: long, json: { claim: long } }, findings: [{ code: 'a' }], count: 3 };
    const { packed, pieces } = packLongStrings(value);
    expect(packed.skeleton.payload.text).toBe('');
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toHaveLength(3);
    const received = structuredClone({ packed, pieces });
    expect(unpackLongStrings(received.packed, received.pieces)).toEqual(value);
  });
});
