import { describe, expect, it } from 'vitest';
import { JWE_ALGORITHMS, JWE_ENCRYPTIONS, JWS_ALGORITHMS } from '../algorithms/registry';
import { catalogueCoverage, CLAIMS, HEADER_PARAMETERS, lookUpName } from '../index';
import { IANA_HEADER_PARAMETER_NAMES } from './header-parameters';
import { REGISTERED_CLAIMS } from './registered-claims';
import { VENDOR_CLAIMS } from './vendor-claims';

/* One catalogue of names: the IANA JOSE header parameter and JWT claim registries, plus vendor claims. */
describe('HEADER_PARAMETERS', () => {
  it.each(IANA_HEADER_PARAMETER_NAMES)('has the registered "%s"', (name) => {
    expect(lookUpName(HEADER_PARAMETERS, name)).toBeDefined();
  });
});

describe('CLAIMS', () => {
  const expected = [
    ...['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'],
    ...['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture'],
    ...['website', 'email', 'email_verified', 'gender', 'birthdate', 'zoneinfo', 'locale', 'phone_number'],
    ...['phone_number_verified', 'address', 'updated_at', 'azp', 'nonce', 'auth_time', 'at_hash', 'c_hash', 'acr'],
    ...['amr', 'sub_jwk', 'sid', 'events', 'toe', 'txn', 'rph', 'orig', 'dest', 'mky', 'cnf', 'scope', 'client_id'],
    ...['may_act', 'act', 'div', 'opt', 'vot', 'vtm', 'attest', 'origid', 'roles', 'groups', 'entitlements'],
    ...['scp', 'oid', 'tid', 'upn', 'appid', 'azpacr', 'ver', 'idp', 'uti', 'rh', 'wids'],
    ...['cognito:username', 'cognito:groups', 'token_use', 'realm_access', 'resource_access'],
  ];
  it.each(expected)('has "%s"', (name) => {
    expect(lookUpName(CLAIMS, name)).toBeDefined();
  });

  it('registered and vendor claims never share a name (one explanation per name)', () => {
    expect(Object.keys(REGISTERED_CLAIMS).filter((name) => Object.hasOwn(VENDOR_CLAIMS, name))).toEqual([]);
  });
});

describe('every entry', () => {
  const entries = [...Object.entries(HEADER_PARAMETERS), ...Object.entries(CLAIMS)];
  it.each(entries)('%s: a title, one or two sentences, and where it is defined', (_name, info) => {
    expect(info.title.trim()).not.toBe('');
    expect(info.description).toMatch(/[.!?)]$/);
    expect(info.description.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length).toBeLessThanOrEqual(3);
    expect(info.ref.trim()).not.toBe('');
  });

  it('lookUpName reads own entries only', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(lookUpName(CLAIMS, name)).toBeUndefined();
      expect(lookUpName(HEADER_PARAMETERS, name)).toBeUndefined();
    }
  });
});

describe('catalogueCoverage', () => {
  it('counts every catalogue, algorithms from the algorithm registry', () => {
    const coverage = catalogueCoverage();
    console.info('catalogue coverage', coverage);
    expect(coverage.headerParameters).toBeGreaterThanOrEqual(30);
    expect(coverage.claims).toBeGreaterThanOrEqual(70);
    expect(coverage).toMatchObject({
      jwsAlgorithms: Object.keys(JWS_ALGORITHMS).length,
      jweAlgorithms: Object.keys(JWE_ALGORITHMS).length,
      jweEncryptions: Object.keys(JWE_ENCRYPTIONS).length,
    });
    // RFC 7518 §3.1 (12, without "none"), RFC 8812 ES256K, RFC 8037 EdDSA, RFC 9864 Ed25519/Ed448.
    expect(coverage.jwsAlgorithms).toBeGreaterThanOrEqual(16);
    // RFC 7518 §4.1 (17) plus RSA-OAEP-384 and RSA-OAEP-512; RFC 7518 §5.1 (6).
    expect(coverage.jweAlgorithms).toBeGreaterThanOrEqual(19);
    expect(coverage.jweEncryptions).toBeGreaterThanOrEqual(6);
  });
});
