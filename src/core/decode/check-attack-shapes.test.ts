import { describe, expect, it } from 'vitest';
import { compactJws, encodeJson } from '../../../test-support/build-token';
import { findAttackShapes } from './check-attack-shapes';
import { decodeToken } from './decode-token';

const codesOf = (header: unknown) =>
  findAttackShapes(decodeToken(compactJws({ header: encodeJson(header) }))).map((f) => f.code);

describe('kid injection shapes in a compact JWS (RFC 8725 §3.10)', () => {
  it.each([
    ['../../../../dev/null'],
    ['..\\keys\\hmac'],
    ["x' UNION SELECT 'secret' -- "],
    ['1; DROP TABLE keys'],
    ['key\u0000'],
  ])('kid %j is suspicious', (kid) => {
    expect(codesOf({ alg: 'HS256', kid })).toEqual(['kid-suspicious']);
  });

  it.each([
    ['2024-05-key'],
    ['key--1'],
    ['https://issuer.example/keys/1'],
    ['PvKOmPvzWpK1l3nPh3gW3hSMAOACxA8XojfEf-5lryA'],
  ])('kid %j is ordinary', (kid) => {
    expect(codesOf({ alg: 'RS256', kid })).toEqual([]);
  });

  it('a kid that is not a string is left to header-param-invalid', () => {
    expect(codesOf({ alg: 'RS256', kid: ['../x'] })).toEqual([]);
  });
});
