import { describe, expect, it } from 'vitest';
import {
  buildProfileGuide,
  chooseHalfHash,
  FINDINGS,
  listContextInputs,
  listTroublePatterns,
  PROFILE_IDS,
  PROFILES,
  TROUBLE_PATTERNS,
} from '../index';

/* Issue 11, "Teaching": one page per profile read from the profile table, and troubleshooting patterns as data. */
describe('buildProfileGuide', () => {
  it.each(PROFILE_IDS)('%s: the page lists every rule of the table, in order, with its section and code', (id) => {
    const profile = PROFILES[id];
    const guide = buildProfileGuide(id);
    expect(guide).toMatchObject({
      id,
      title: profile.title,
      spec: profile.spec,
      typ: profile.typ,
      purpose: profile.purpose,
      madeBy: profile.madeBy,
      checkedBy: profile.checkedBy,
    });
    expect(guide.rules.map(({ name, title, ref, code }) => ({ name, title, ref, code }))).toEqual(
      profile.rules.map(({ name, title, ref, code }) => ({ name, title, ref, code })),
    );
    for (const rule of guide.rules) expect(rule.codeTitle).toBe(FINDINGS[rule.code].title);
    expect(guide.contextInputs.map((needed) => needed.input)).toEqual(listContextInputs(id));
  });

  it('DPoP proof: registered typ dpop+jwt; htu checked at RFC 9449 §4.3 step 9 and needs the HTTP URI', () => {
    const guide = buildProfileGuide('dpop-proof');
    expect(guide.typ).toEqual(['dpop+jwt']);
    expect(guide.rules.find((rule) => rule.name === 'htu')).toEqual({
      name: 'htu',
      title: 'htu equals the request URI without query and fragment',
      ref: 'RFC 9449 §4.3 step 9',
      code: 'dpop-htu-mismatch',
      codeTitle: FINDINGS['dpop-htu-mismatch'].title,
      needs: [{ input: 'httpUri', label: 'HTTP URI' }],
    });
    expect(guide.rules.find((rule) => rule.name === 'jti-present')?.needs).toEqual([]);
  });

  it('ID token: no registered typ; at_hash needs the access token', () => {
    const guide = buildProfileGuide('id-token');
    expect(guide.typ).toEqual([]);
    expect(guide.rules.find((rule) => rule.name === 'at_hash')).toMatchObject({
      code: 'at-hash-mismatch',
      needs: [{ input: 'accessToken', label: 'Access token' }],
    });
  });

  it('hands out copies: changing a page never changes the profile table', () => {
    buildProfileGuide('access-token').typ.push('jwt');
    expect(PROFILES['access-token'].typ).toEqual(['at+jwt']);
  });
});

describe('TROUBLE_PATTERNS', () => {
  it('has unique ids and names only finding codes and profiles that exist', () => {
    expect(new Set(TROUBLE_PATTERNS.map((p) => p.id)).size).toBe(TROUBLE_PATTERNS.length);
    for (const pattern of TROUBLE_PATTERNS) {
      expect(pattern.codes.length, pattern.id).toBeGreaterThan(0);
      expect(pattern.profiles.length, pattern.id).toBeGreaterThan(0);
      for (const code of pattern.codes) expect(Object.hasOwn(FINDINGS, code), `${pattern.id}: ${code}`).toBe(true);
      for (const id of pattern.profiles) expect(PROFILE_IDS, `${pattern.id}: ${id}`).toContain(id);
      for (const text of [pattern.symptom, pattern.cause, pattern.fix, pattern.ref]) expect(text.trim()).not.toBe('');
    }
  });

  it.each([
    ['id-token-sent-to-api', ['id-token', 'access-token'], ['token-confusion', 'profile-typ-mismatch']],
    ['dpop-htu-with-query', ['dpop-proof'], ['dpop-htu-mismatch']],
    ['at-hash-wrong-input-or-hash', ['id-token'], ['at-hash-mismatch']],
    ['graph-token-only-graph-verifies', ['access-token'], ['vendor-graph-header-nonce']],
    ['logout-token-with-nonce', ['logout-token'], ['profile-claim-forbidden']],
    ['client-assertion-iss-not-sub', ['client-assertion'], ['client-id-mismatch']],
    ['access-token-without-at-jwt', ['access-token'], ['profile-typ-mismatch']],
    ['dpop-proof-other-key', ['dpop-proof'], ['dpop-binding-mismatch']],
  ])('%s: concerns %j and names %j', (id, profiles, codes) => {
    const pattern = TROUBLE_PATTERNS.find((p) => p.id === id);
    expect(pattern?.profiles).toEqual(expect.arrayContaining(profiles));
    expect(pattern?.codes).toEqual(expect.arrayContaining(codes));
  });

  it('at_hash: says the hash the engine uses for EdDSA (chooseHalfHash)', () => {
    const pattern = TROUBLE_PATTERNS.find((p) => p.id === 'at-hash-wrong-input-or-hash');
    const hash = chooseHalfHash('EdDSA').hash;
    expect(hash).toBe('SHA-512');
    expect(pattern?.cause).toContain(`for EdDSA with Ed25519 it is ${hash}`);
    expect(pattern?.fix).toContain(`${hash} for EdDSA/Ed25519`);
  });

  it('DPoP htu: the fix leaves out query and fragment, as the rule does', () => {
    const pattern = TROUBLE_PATTERNS.find((p) => p.id === 'dpop-htu-with-query');
    expect(pattern?.cause).toMatch(/without query and fragment/);
    expect(buildProfileGuide('dpop-proof').rules.find((r) => r.code === 'dpop-htu-mismatch')?.title).toMatch(
      /without query and fragment/,
    );
  });

  it('listTroublePatterns: a profile gets exactly the patterns that name it', () => {
    expect(listTroublePatterns('dpop-proof').map((p) => p.id)).toEqual([
      'dpop-htu-with-query',
      'dpop-ath-wrong-input',
      'dpop-proof-other-key',
    ]);
    expect(listTroublePatterns('jwt')).toEqual([]);
    for (const id of PROFILE_IDS) for (const pattern of listTroublePatterns(id)) expect(pattern.profiles).toContain(id);
  });
});
