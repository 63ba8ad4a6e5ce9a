import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKCHANNEL_LOGOUT_EVENT } from './events-rule';
import { detectProfile, resolveProfile, usesEmbeddedKey } from './detect-profile';
import { PROFILE_IDS, PROFILES, listContextInputs, profileNoun } from './profiles';
import { matchesVendorNote, VENDOR_NOTES } from './vendors';

describe('detectProfile: typ first (RFC 8725 §3.11), then claims, else a plain JWT', () => {
  it.each([
    [{ typ: 'at+jwt' }, {}, 'access-token', 'typ'],
    [{ typ: 'application/at+jwt' }, {}, 'access-token', 'typ'],
    [{ typ: 'DPoP+JWT' }, {}, 'dpop-proof', 'typ'],
    [{ typ: 'logout+jwt' }, {}, 'logout-token', 'typ'],
    [{ typ: 'secevent+jwt' }, { events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } }, 'security-event', 'typ'],
    [{ typ: 'oauth-authz-req+jwt' }, {}, 'request-object', 'typ'],
    [{ typ: 'at+jwt' }, { nonce: 'n' }, 'access-token', 'typ'],
    [{ typ: 'JWT' }, { nonce: 'n' }, 'id-token', 'claims'],
    [null, { at_hash: 'x' }, 'id-token', 'claims'],
    [null, { c_hash: 'x' }, 'id-token', 'claims'],
    [null, { s_hash: 'x' }, 'id-token', 'claims'],
    [null, { events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } }, 'logout-token', 'claims'],
    [null, { events: { 'urn:x': {} } }, 'security-event', 'claims'],
    [null, { htm: 'GET', htu: 'https://a/' }, 'dpop-proof', 'claims'],
    [null, { response_type: 'code' }, 'request-object', 'claims'],
    [null, { state: 's', code: 'c' }, 'jarm-response', 'claims'],
    [null, { token_use: 'id', iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_x' }, 'id-token', 'claims'],
    [null, { auth_time: 1 }, 'jwt', 'default'],
    [{ typ: 'JWT' }, { sub: 'x' }, 'jwt', 'default'],
    [{ typ: 7 }, {}, 'jwt', 'default'],
  ] as const)('%j %j → %s by %s', (header, claims, id, by) => {
    expect(detectProfile(header as Record<string, unknown> | null, claims)).toMatchObject({ id, by });
  });

  it('an inherited or __proto__ member is no signal', () => {
    expect(detectProfile(null, JSON.parse('{"__proto__": {"nonce": "n"}}'))).toMatchObject({ id: 'jwt' });
  });

  it('a chosen profile that the token contradicts records what the token says (token-confusion)', () => {
    expect(resolveProfile('access-token', { typ: 'JWT' }, { nonce: 'n' })).toMatchObject({
      id: 'access-token',
      by: 'chosen',
      detected: { id: 'id-token', by: 'claims' },
    });
    expect(resolveProfile('id-token', { typ: 'JWT' }, { nonce: 'n' }).detected).toBeUndefined();
    expect(resolveProfile('id-token', { typ: 'JWT' }, {}).detected).toBeUndefined();
  });

  it('only a dpop+jwt typ or the user’s choice lets a token’s own key verify it (property)', () => {
    const header = fc.dictionary(
      fc.constantFrom('typ', 'alg', 'jwk', 'kid', 'cty'),
      fc.oneof(fc.string(), fc.constantFrom('dpop+jwt', 'JWT', 'at+jwt')),
    );
    const claims = fc.dictionary(fc.constantFrom('htm', 'htu', 'nonce', 'events', 'iat', 'jti', 'ath'), fc.jsonValue());
    fc.assert(
      fc.property(header, claims, fc.constantFrom(undefined, 'auto', ...PROFILE_IDS), (h, c, choice) => {
        const resolved = resolveProfile(choice, h, c);
        const typ = typeof h.typ === 'string' ? h.typ.toLowerCase().replace(/^application\//, '') : null;
        const allowed = choice === 'dpop-proof' || ((choice === undefined || choice === 'auto') && typ === 'dpop+jwt');
        expect(usesEmbeddedKey(resolved)).toBe(allowed);
      }),
    );
  });
});

describe('the profile table', () => {
  it('every rule names a spec section and a finding code; rule names are unique within a profile', () => {
    for (const id of PROFILE_IDS) {
      const names = PROFILES[id].rules.map((rule) => rule.name);
      expect(new Set(names).size).toBe(names.length);
      for (const rule of PROFILES[id].rules) expect(rule.ref).toMatch(/§|Core|JARM/);
    }
  });

  it('lists the context inputs each profile reads, in the contract’s order', () => {
    expect(listContextInputs('id-token')).toEqual(['clientId', 'nonce', 'maxAgeSec', 'accessToken', 'code', 'state']);
    expect(listContextInputs('dpop-proof')).toEqual(['accessToken', 'httpMethod', 'httpUri', 'dpopNonce']);
    expect(listContextInputs('access-token')).toEqual(['clientId', 'dpopProof']);
    expect(listContextInputs('jwt')).toEqual([]);
  });

  it('names profiles inside a sentence', () => {
    expect(profileNoun('id-token')).toBe('an ID token');
    expect(profileNoun('access-token')).toBe('an access token (RFC 9068)');
    expect(profileNoun('dpop-proof')).toBe('a DPoP proof');
  });
});

describe('vendor notes are data', () => {
  const note = (id: string) => {
    const found = VENDOR_NOTES.find((n) => n.id === id);
    if (!found) throw new Error(`no vendor note ${id}`);
    return found;
  };

  it('a Graph token: nonce in the header and the Graph audience', () => {
    expect(
      matchesVendorNote(note('graph-header-nonce'), { nonce: 'abc' }, { aud: '00000003-0000-0000-c000-000000000000' }),
    ).toBe(true);
    expect(
      matchesVendorNote(
        note('graph-header-nonce'),
        { nonce: 'abc' },
        { aud: ['api://mine', 'https://graph.microsoft.com'] },
      ),
    ).toBe(true);
    expect(matchesVendorNote(note('graph-header-nonce'), {}, { aud: '00000003-0000-0000-c000-000000000000' })).toBe(
      false,
    );
    expect(matchesVendorNote(note('graph-header-nonce'), { nonce: 'abc' }, { aud: 'api://mine' })).toBe(false);
    expect(
      matchesVendorNote(note('graph-header-nonce'), { nonce: 5 }, { aud: '00000003-0000-0000-c000-000000000000' }),
    ).toBe(false);
  });

  it('Google’s two issuer spellings, Entra v1 and v2 issuers, Cognito token_use', () => {
    expect(matchesVendorNote(note('google-issuer-spellings'), null, { iss: 'accounts.google.com' })).toBe(true);
    expect(
      matchesVendorNote(note('entra-v1-issuer'), null, {
        iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
      }),
    ).toBe(true);
    expect(
      matchesVendorNote(note('entra-v2-issuer'), null, {
        iss: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
      }),
    ).toBe(true);
    expect(
      matchesVendorNote(note('cognito-access-token'), null, {
        iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12',
        token_use: 'access',
      }),
    ).toBe(true);
    expect(
      matchesVendorNote(note('cognito-access-token'), null, {
        iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12',
        token_use: 'id',
      }),
    ).toBe(false);
  });
});
