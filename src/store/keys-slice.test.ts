import { describe, expect, it } from 'vitest';
import { compactJws, encodeJson } from '../../test-support/build-token';
import { sameInputs, selectInspectionInputs, toInspectOptions } from './inspection-slice';
import { createAppStore, type AppStore } from './store';

/*
 * Keys belong to something (issue 10): every key box remembers where its text came from, and loading
 * another token (a paste, Clear, URL intake) drops the keys that came with the sample or an example —
 * never those the user typed — and says which.
 */
const SAMPLE = compactJws({ header: encodeJson({ alg: 'RS256', kid: 'demo' }), payload: encodeJson({ sub: 'ada' }) });
const SAMPLE_KEY = '-----BEGIN PUBLIC KEY-----\nsample\n-----END PUBLIC KEY-----';
const OTHER = compactJws({ header: encodeJson({ alg: 'RS256', kid: 'elsewhere' }), payload: encodeJson({ sub: 'x' }) });
const ANCHOR = '-----BEGIN CERTIFICATE-----\nroot\n-----END CERTIFICATE-----';
const JWE = `${encodeJson({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })}.a.b.c.d`;

/** What the app's "Load sample" does. */
function loadSample(store: AppStore) {
  store.getState().setToken(SAMPLE, 'sample');
  store.getState().setVerificationKey(SAMPLE_KEY, 'sample');
}

function withSample(): AppStore {
  const store = createAppStore('');
  loadSample(store);
  return store;
}

const keysOf = (store: AppStore) => {
  const { verificationKey, decryptionKey, verificationKeyFrom, decryptionKeyFrom, removedKeys } = store.getState();
  return { verificationKey, decryptionKey, verificationKeyFrom, decryptionKeyFrom, removedKeys };
};

describe('key provenance', () => {
  it('a key the user types is "typed"; the sample’s is "sample"', () => {
    const store = withSample();
    expect(keysOf(store).verificationKeyFrom).toBe('sample');
    store.getState().setVerificationKey('my secret');
    expect(keysOf(store).verificationKeyFrom).toBe('typed');
  });

  it.each([
    ['a paste', (s: AppStore) => s.getState().setToken(OTHER, 'typed')],
    ['Clear', (s: AppStore) => s.getState().setToken('', 'typed')],
    ['a URL intake', (s: AppStore) => s.getState().setToken(OTHER, 'url')],
  ])('%s drops the sample’s key and says so', (_how, load) => {
    const store = withSample();
    load(store);
    expect(keysOf(store)).toMatchObject({
      verificationKey: '',
      verificationKeyFrom: 'typed',
      removedKeys: [{ box: 'verification-key', from: 'sample' }],
    });
  });

  it('a key the user typed stays, whatever token comes', () => {
    const store = withSample();
    store.getState().setVerificationKey('my own key');
    store.getState().setToken(OTHER, 'typed');
    store.getState().setToken('', 'typed');
    expect(keysOf(store)).toMatchObject({
      verificationKey: 'my own key',
      verificationKeyFrom: 'typed',
      removedKeys: [],
    });
  });

  it('an edited payload is the same token: the sample’s key stays, so tampering shows as invalid', () => {
    const store = withSample();
    const [header, , signature] = SAMPLE.split('.');
    store.getState().setToken(`${header}.${encodeJson({ sub: 'mallory' })}.${signature}`, 'typed');
    expect(keysOf(store)).toMatchObject({ verificationKey: SAMPLE_KEY, removedKeys: [] });
  });

  it('an example’s keys, in both boxes, leave with the example', () => {
    const store = withSample();
    store.getState().loadScenario({ token: JWE, verificationKey: 'v', decryptionKey: 'd' });
    expect(keysOf(store)).toMatchObject({ verificationKeyFrom: 'example', decryptionKeyFrom: 'example' });
    // Loading the example replaced the sample's key: no notice for that.
    expect(keysOf(store).removedKeys).toEqual([]);
    store.getState().setToken(OTHER, 'typed');
    expect(keysOf(store)).toMatchObject({
      verificationKey: '',
      decryptionKey: '',
      removedKeys: [
        { box: 'verification-key', from: 'example' },
        { box: 'decryption-key', from: 'example' },
      ],
    });
  });

  it('keys of a token issued here stay: they are the user’s own', () => {
    const store = createAppStore('');
    store.getState().loadScenario({ token: SAMPLE, verificationKey: 'pub', keysFrom: 'issued' });
    store.getState().setToken(OTHER, 'typed');
    expect(keysOf(store)).toMatchObject({ verificationKey: 'pub', verificationKeyFrom: 'issued', removedKeys: [] });
  });

  it('the notice ends when the user sets a key', () => {
    const store = withSample();
    store.getState().setToken(OTHER, 'typed');
    expect(keysOf(store).removedKeys).toHaveLength(1);
    store.getState().setVerificationKey('-----BEGIN PUBLIC KEY-----');
    expect(keysOf(store).removedKeys).toEqual([]);
  });

  it('"Load sample" again brings the sample’s key back', () => {
    const store = withSample();
    store.getState().setToken(OTHER, 'typed');
    loadSample(store);
    expect(keysOf(store)).toMatchObject({
      verificationKey: SAMPLE_KEY,
      verificationKeyFrom: 'sample',
      removedKeys: [],
    });
  });
});

describe('moving a key to the other box', () => {
  it('moves the text and where it came from; nothing is lost', () => {
    const store = createAppStore(JWE);
    store.getState().setVerificationKey('{"kty":"RSA","d":"…"}');
    store.getState().moveKey('verification-key');
    expect(keysOf(store)).toMatchObject({
      verificationKey: '',
      decryptionKey: '{"kty":"RSA","d":"…"}',
      decryptionKeyFrom: 'typed',
    });
    store.getState().moveKey('decryption-key');
    expect(keysOf(store).verificationKey).toBe('{"kty":"RSA","d":"…"}');
  });
});

describe('Clear all', () => {
  it('empties token, keys, expectations and the fetched key set', () => {
    const store = withSample();
    const state = store.getState();
    state.setDecryptionKey('d');
    state.setDetachedPayload('p');
    state.setTrustAnchors(ANCHOR);
    state.setExpectedIssuer('https://issuer.example');
    state.setExpectedAudience('api');
    state.setAllowedAlgorithms('RS256');
    state.requestJwksFetch('https://issuer.example/jwks');
    state.updateJwks(store.getState().jwksCommand?.id ?? 0, { status: 'loaded', document: { keys: [] } });
    store.getState().clearAll();
    const after = store.getState();
    expect(after.tokenText).toBe('');
    expect(keysOf(store)).toEqual({
      verificationKey: '',
      decryptionKey: '',
      verificationKeyFrom: 'typed',
      decryptionKeyFrom: 'typed',
      removedKeys: [],
    });
    expect(after.detachedPayload).toBe('');
    expect(after.trustAnchors).toBe('');
    expect([after.expectedIssuer, after.expectedAudience, after.allowedAlgorithms]).toEqual(['', '', '']);
    expect(after.jwks).toMatchObject({ status: 'idle', document: null });
    expect(after.jwksCommand).toBeNull();
  });
});

describe('Trust anchors (issue 12): CA certificates a token’s x5c chain may end at', () => {
  it('are an inspection input: a change re-runs the inspection, and inspect gets them', () => {
    const store = withSample();
    const before = selectInspectionInputs(store.getState());
    store.getState().setTrustAnchors(ANCHOR);
    const after = selectInspectionInputs(store.getState());
    expect(sameInputs(before, after)).toBe(false);
    expect(toInspectOptions(after, 0).trustAnchors).toBe(ANCHOR);
  });

  it('are left out of the options while the box holds only whitespace', () => {
    const store = withSample();
    store.getState().setTrustAnchors('  \n');
    expect(toInspectOptions(selectInspectionInputs(store.getState()), 0)).not.toHaveProperty('trustAnchors');
  });

  it('stay when another token is loaded, like keys the user typed, and leave with Clear keys', () => {
    const store = withSample();
    store.getState().setTrustAnchors(ANCHOR);
    store.getState().setToken(OTHER, 'typed');
    expect(store.getState().trustAnchors).toBe(ANCHOR);
    store.getState().clearKeys();
    expect(store.getState().trustAnchors).toBe('');
  });
});
