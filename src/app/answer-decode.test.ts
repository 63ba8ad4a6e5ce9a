import { describe, expect, it } from 'vitest';
import { decodeToken } from '../core';
import { answerDecode, keptDecoded } from './answer-decode';
import type { DecodeResponse } from './decode-messages';
import { PIECE_CHARS, unpackLongStrings } from './decode-transfer';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const bigToken = (sub: string) =>
  `${b64('{"alg":"none"}')}.${b64(JSON.stringify({ sub, blob: 'y'.repeat(PIECE_CHARS + 9) }))}.`;

/** Sends `text` the way run-decode.ts does: in pieces, the last one marked. */
function send(key: number, text: string, post: (response: DecodeResponse) => void, upTo = text.length): void {
  for (let at = 0; at < upTo; at += PIECE_CHARS) {
    const piece = text.slice(at, at + PIECE_CHARS);
    answerDecode({ kind: 'decode-large', key, piece, isLast: at + PIECE_CHARS >= text.length }, post);
  }
}

/** Joins the answers the way run-decode.ts does. */
function receive(responses: DecodeResponse[], pasted: string) {
  const token = responses.find((r) => r.type === 'token');
  if (token?.type !== 'token') throw new Error('no token answer');
  const pieces = token.packed.pieceCounts.map((): string[] => []);
  for (const r of responses) if (r.type === 'piece') pieces[r.index]?.push(r.piece);
  return unpackLongStrings(token.packed, pieces, pasted);
}

describe("the worker's side of a large decode", () => {
  it('answers once the last piece is in: the token, then its long strings in pieces, giving back decodeToken exactly', () => {
    const pasted = bigToken('whole');
    const responses: DecodeResponse[] = [];
    send(101, pasted, (r) => responses.push(r));
    expect(responses[0]?.type).toBe('token');
    expect(responses.slice(1).every((r) => r.type === 'piece' && r.piece.length <= PIECE_CHARS)).toBe(true);
    expect(receive(structuredClone(responses), pasted)).toEqual(decodeToken(pasted));
    expect(keptDecoded(101)).toEqual(decodeToken(pasted));
  });

  it('drops an older text still arriving when a newer one starts, and nothing is answered for it', () => {
    const older = bigToken('older');
    const newer = bigToken('newer');
    const responses: DecodeResponse[] = [];
    send(201, older, (r) => responses.push(r), PIECE_CHARS); // only its first piece
    send(202, newer, (r) => responses.push(r));
    // The older text's last piece arrives late: it alone is no token, and it is not the newer one's.
    answerDecode({ kind: 'decode-large', key: 201, piece: older.slice(PIECE_CHARS), isLast: true }, (r) =>
      responses.push(r),
    );
    const newerAnswers = responses.filter((r) => r.key === 202);
    expect(receive(newerAnswers, newer)).toEqual(decodeToken(newer));
    // Whatever its lone last piece decodes to, the older token is never answered whole.
    const olderAnswer = responses.find((r) => r.key === 201 && r.type === 'token');
    expect(olderAnswer?.type === 'token' && olderAnswer.packed.skeleton.format).not.toBe('jws-compact');
    expect(decodeToken(older).format).toBe('jws-compact');
  });

  it('keeps only the last two large tokens for inspections that name them', () => {
    for (const key of [301, 302, 303]) send(key, bigToken(`kept-${key}`), () => {});
    expect(keptDecoded(301)).toBeUndefined();
    expect(keptDecoded(302)).toBeDefined();
    expect(keptDecoded(303)).toBeDefined();
  });
});
