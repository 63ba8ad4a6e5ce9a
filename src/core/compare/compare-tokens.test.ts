import { describe, expect, it } from 'vitest';
import {
  claimsAt,
  expiredJws,
  nestedJwt,
  nestedUndecrypted,
  NOW,
  textPayload,
  validJws,
} from '../../../test-support/sample-inspections';
import { compareTokens, formatMemberPath, isSameJson, readComparedParts } from './compare-tokens';
import type { ComparedParts } from './types';

const HEADER = { alg: 'HS256', typ: 'JWT' };
const parts = (payload: unknown, header: unknown = HEADER): ComparedParts => ({ header, payload });

describe('compareTokens: one row per member whose value differs', () => {
  it('equal tokens have no rows, whatever the member order', () => {
    const a = parts({ sub: 'alice', aud: ['x', 'y'], address: { country: 'NL', city: 'Delft' } });
    const b = parts({ address: { city: 'Delft', country: 'NL' }, aud: ['x', 'y'], sub: 'alice' });
    expect(compareTokens(a, b)).toEqual({ rows: [], notCompared: [] });
  });

  it('names added, removed and changed members, with both values', () => {
    const a = parts({ sub: 'alice', aud: 'api', scope: 'read' });
    const b = parts({ sub: 'alice', aud: 'web', role: 'admin' }, { ...HEADER, kid: 'k2' });
    expect(compareTokens(a, b).rows).toEqual([
      { part: 'header', path: ['kid'], pathText: 'kid', change: 'added', otherValue: 'k2' },
      { part: 'payload', path: ['aud'], pathText: 'aud', change: 'changed', thisValue: 'api', otherValue: 'web' },
      { part: 'payload', path: ['scope'], pathText: 'scope', change: 'removed', thisValue: 'read' },
      { part: 'payload', path: ['role'], pathText: 'role', change: 'added', otherValue: 'admin' },
    ]);
  });

  it('compares nested objects member by member, at any depth', () => {
    const a = parts({ address: { country: 'NL', geo: { lat: 52 } }, 'https://example.com/roles': { admin: false } });
    const b = parts({ address: { country: 'BE', geo: { lat: 52, lon: 4 } }, 'https://example.com/roles': {} });
    const rows = compareTokens(a, b).rows.map(({ path, pathText, change }) => ({ path, pathText, change }));
    expect(rows).toEqual([
      { path: ['address', 'country'], pathText: 'address.country', change: 'changed' },
      { path: ['address', 'geo', 'lon'], pathText: 'address.geo.lon', change: 'added' },
      {
        path: ['https://example.com/roles', 'admin'],
        pathText: '["https://example.com/roles"].admin',
        change: 'removed',
      },
    ]);
  });

  it('compares arrays as whole values: order matters, one row per array', () => {
    const rows = compareTokens(parts({ aud: ['a', 'b'] }), parts({ aud: ['b', 'a'] })).rows;
    expect(rows).toEqual([
      {
        part: 'payload',
        path: ['aud'],
        pathText: 'aud',
        change: 'changed',
        thisValue: ['a', 'b'],
        otherValue: ['b', 'a'],
      },
    ]);
  });

  it('a member that turns from an object into another type is one changed row', () => {
    const rows = compareTokens(parts({ cnf: { jkt: 'x' } }), parts({ cnf: 'x' })).rows;
    expect(rows.map((r) => [r.pathText, r.change])).toEqual([['cnf', 'changed']]);
  });

  it('a "__proto__" member is an ordinary member', () => {
    const a = parts(JSON.parse('{"__proto__": {"admin": true}}'));
    const b = parts(JSON.parse('{"__proto__": {"admin": false}}'));
    expect(compareTokens(a, b).rows.map((r) => [r.path, r.change])).toEqual([[['__proto__', 'admin'], 'changed']]);
  });

  it('payloads that are not objects differ as a whole (empty path)', () => {
    const rows = compareTokens(parts('just text'), parts('other text')).rows;
    expect(rows).toEqual([
      { part: 'payload', path: [], pathText: '', change: 'changed', thisValue: 'just text', otherValue: 'other text' },
    ]);
  });

  it('an unreadable part is named, not reported as every member removed', () => {
    const comparison = compareTokens(parts({ sub: 'alice' }), parts(undefined));
    expect(comparison.rows).toEqual([]);
    expect(comparison.notCompared).toEqual([{ part: 'payload', unreadable: ['other'] }]);
  });
});

describe('compareTokens: NumericDate claims from the catalogue carry instants and their difference (RFC 7519 §2)', () => {
  it('a later exp: both instants and +7200 s', () => {
    const [row] = compareTokens(parts({ exp: NOW }), parts({ exp: NOW + 7200 })).rows;
    expect(row?.time).toEqual({
      thisAt: { seconds: NOW, iso: '2023-11-14T22:13:20.000Z' },
      otherAt: { seconds: NOW + 7200, iso: '2023-11-15T00:13:20.000Z' },
      differenceSec: 7200,
    });
  });

  it.each([
    ['iat', NOW, NOW - 60, -60],
    ['nbf', NOW, NOW + 1, 1],
    ['auth_time', NOW, NOW - 86_400, -86_400],
  ])('%s is a time too', (claim, a, b, difference) => {
    const [row] = compareTokens(parts({ [claim]: a }), parts({ [claim]: b })).rows;
    expect(row?.time?.differenceSec).toBe(difference);
  });

  it('an added time has its instant on one side only and no difference', () => {
    const [row] = compareTokens(parts({}), parts({ nbf: NOW })).rows;
    expect(row).toMatchObject({
      change: 'added',
      time: { thisAt: null, otherAt: { seconds: NOW, iso: '2023-11-14T22:13:20.000Z' }, differenceSec: null },
    });
  });

  it('a value that cannot be a time has no instant', () => {
    const [row] = compareTokens(parts({ exp: NOW }), parts({ exp: '1700000000' })).rows;
    expect(row?.time).toEqual({
      thisAt: { seconds: NOW, iso: '2023-11-14T22:13:20.000Z' },
      otherAt: null,
      differenceSec: null,
    });
  });

  it('a number outside the range of dates is no instant (the claim checker’s rule)', () => {
    const [row] = compareTokens(parts({ exp: NOW }), parts({ exp: 9e15 })).rows;
    expect(row?.time).toMatchObject({ otherAt: null, differenceSec: null });
  });

  it('claims that are not NumericDates, and nested members named like one, are not times', () => {
    const rows = compareTokens(parts({ sub: 1, act: { exp: NOW } }), parts({ sub: 2, act: { exp: NOW + 1 } })).rows;
    expect(rows.map((r) => [r.pathText, r.time])).toEqual([
      ['sub', undefined],
      ['act.exp', undefined],
    ]);
  });
});

describe('readComparedParts: the header the Header region shows and the payload the Payload region shows', () => {
  it('a JWS: its header and claims', async () => {
    const read = readComparedParts(await validJws());
    expect(read.header).toMatchObject({ alg: 'RS256' });
    expect(read.payload).toEqual(claimsAt());
  });

  it('a decrypted nested JWT: the outer header and the inner claims', async () => {
    const read = readComparedParts(await nestedJwt());
    expect(read.header).toMatchObject({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' });
    expect(read.payload).toEqual(claimsAt());
  });

  it('an undecrypted JWE: its payload is not readable', async () => {
    const read = readComparedParts(await nestedUndecrypted());
    expect(read.payload).toBeUndefined();
  });

  it('a text payload is compared as text', async () => {
    expect(readComparedParts(await textPayload()).payload).toBe('just text');
  });

  it('two real inspections: an expired token against a fresh one', async () => {
    const rows = compareTokens(readComparedParts(await expiredJws()), readComparedParts(await validJws())).rows;
    expect(rows.map((r) => [r.pathText, r.change, r.time?.differenceSec])).toEqual([
      ['iat', 'changed', 7200 - 60],
      ['exp', 'changed', 3600 + 90],
    ]);
  });
});

describe('helpers', () => {
  it.each([
    [[], ''],
    [['sub'], 'sub'],
    [['a', 'b_c', '$d'], 'a.b_c.$d'],
    [['x-y', '0'], '["x-y"]["0"]'],
  ])('formatMemberPath(%j) is %j', (path, text) => {
    expect(formatMemberPath(path)).toBe(text);
  });

  it.each([
    [1, 1, true],
    [1, '1', false],
    [null, {}, false],
    [[], {}, false],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
  ])('isSameJson(%j, %j) is %s', (a, b, same) => {
    expect(isSameJson(a, b)).toBe(same);
  });
});
