import { describe, expect, it } from 'vitest';
import { compactJws, encodeBytes, encodeJson, encodeZeros } from '../../../test-support/build-token';
import { findAttackShapes } from './check-attack-shapes';
import { decodeToken } from './decode-token';

const codesOf = (header: unknown, signature = 'c2ln') =>
  findAttackShapes(decodeToken(compactJws({ header: encodeJson(header), signature }))).map((f) => f.code);

describe('attack shapes in a compact JWS (RFC 8725 §3.10, CVE-2022-21449)', () => {
  it.each([
    ['../../../../dev/null'],
    ['..\\keys\\hmac'],
    ["x' UNION SELECT 'secret' -- "],
    ['1; DROP TABLE keys'],
    ['key\u0000'],
  ])('kid %j is suspicious', (kid) => {
    expect(codesOf({ alg: 'HS256', kid })).toContain('kid-suspicious');
  });

  it.each([
    ['2024-05-key'],
    ['key--1'],
    ['https://issuer.example/keys/1'],
    ['PvKOmPvzWpK1l3nPh3gW3hSMAOACxA8XojfEf-5lryA'],
  ])('kid %j is ordinary', (kid) => {
    expect(codesOf({ alg: 'RS256', kid })).not.toContain('kid-suspicious');
  });

  it('an ECDSA signature of zeros of the full length is reported, a shorter or non-zero one is not', () => {
    expect(codesOf({ alg: 'ES256' }, encodeZeros(64))).toContain('signature-zero');
    expect(codesOf({ alg: 'ES384' }, encodeZeros(96))).toContain('signature-zero');
    expect(codesOf({ alg: 'ES256' }, encodeZeros(3))).not.toContain('signature-zero');
    expect(codesOf({ alg: 'RS256' }, encodeZeros(64))).not.toContain('signature-zero');
    const lastByteOne = encodeBytes([...new Array<number>(63).fill(0), 1]);
    expect(codesOf({ alg: 'ES256' }, lastByteOne)).not.toContain('signature-zero');
  });
});
