import { describe, expect, it } from 'vitest';
import { compactJws, encodeJson, hs256Jws } from '../../../test-support/build-token';
import { inspect } from '../inspect/inspect';
import { isLiveCredential } from './is-live-credential';

const NOW = 1_800_000_000;
const SECRET = 'a-secret-of-at-least-thirty-two-bytes!';
const tokenWith = (claims: object) => hs256Jws({ alg: 'HS256' }, JSON.stringify(claims), SECRET);

describe('isLiveCredential: a shared token is live unless the inspection shows it expired (RFC 7519 §4.1.4)', () => {
  it.each([
    { name: 'exp in the future', token: tokenWith({ exp: NOW + 3600 }), live: true },
    { name: 'no exp at all', token: tokenWith({ sub: 'x' }), live: true },
    { name: 'exp in the past', token: tokenWith({ exp: NOW - 3600 }), live: false },
    { name: 'an undecrypted JWE', token: `${encodeJson({ alg: 'dir', enc: 'A128GCM' })}..aXY.Y3Q.dGFn`, live: true },
    {
      name: 'a malformed signature, not expired',
      token: compactJws({ payload: encodeJson({ exp: NOW + 60 }) }),
      live: true,
    },
  ])('$name → live: $live', async ({ token, live }) => {
    expect(isLiveCredential(await inspect(token, { now: NOW }))).toBe(live);
  });
});
