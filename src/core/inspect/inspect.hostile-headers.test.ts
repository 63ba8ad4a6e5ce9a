import { generateKeyPairSync } from 'node:crypto';
import { CompactEncrypt, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspect, type Inspection } from '../index';
import { encodeJson, hs256Jws } from '../../../test-support/build-token';

/*
 * Hostile headers, each a category (RFC 7515 §5.2 steps 1–5, RFC 7516 §5.2, RFC 7518 §4.6): a header
 * parameter of the wrong JSON type, an ECDH-ES epk that is not on the key's curve, a header that cannot
 * be read at all. None of them may reach a verdict of valid or decrypted, and each says why with a code.
 */
const SECRET = 'a-string-secret-at-least-256-bits-long';
const JWKS = JSON.stringify({
  keys: [
    { kty: 'oct', kid: 'other', k: Buffer.from('some-other-secret-of-32-bytes-len').toString('base64url') },
    { kty: 'oct', kid: 'k1', k: Buffer.from(SECRET).toString('base64url') },
  ],
});
const codes = (r: Inspection) => r.findings.map((f) => f.code);
const entry = (r: Inspection) => r.layers[0]?.entries[0];

describe('a kid of the wrong JSON type matches no key: no fallback to every key of the set', () => {
  it.each([
    ['a number', 7],
    ['zero', 0],
    ['an object', { id: 'k1' }],
    ['an array', ['k1']],
    ['null', null],
    ['a boolean', true],
  ])('kid is %s', async (_title, kid) => {
    const token = hs256Jws({ alg: 'HS256', kid }, 'payload', SECRET);
    const result = await inspect(token, { verificationKey: JWKS });
    expect(result.signature).toBe('invalid');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'header-param-invalid', name: 'kid', stage: 'decode', severity: 'error' }),
    );
    expect(entry(result)?.keySelection).toEqual({ kid: null, outcome: 'type-mismatch', tried: 0 });
    expect(codes(result)).not.toContain('signature-valid');
  });

  it('the same token with the kid as a string verifies (the key set is right)', async () => {
    const result = await inspect(hs256Jws({ alg: 'HS256', kid: 'k1' }, 'payload', SECRET), { verificationKey: JWKS });
    expect(result.signature).toBe('valid');
    expect(entry(result)?.keySelection).toEqual({ kid: 'k1', outcome: 'matched', tried: 1 });
  });
});

describe('every registered header parameter of the wrong type is header-param-invalid, and rejects the JWS', () => {
  it.each([
    ['crit', 'b64'],
    ['typ', 5],
    ['cty', { type: 'JWT' }],
    ['x5c', 'MIIB...'],
    ['x5c', [1, 2]],
    ['jku', 1],
    ['x5u', false],
    ['x5t', 12],
    ['jwk', 'not-a-jwk'],
    ['b64', 'false'],
    ['url', ['https://a.example']],
    ['nonce', 1],
  ])('%s = %j', async (name, value) => {
    const token = hs256Jws({ alg: 'HS256', [name]: value }, 'payload', SECRET);
    const result = await inspect(token, { verificationKey: SECRET });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'header-param-invalid', name, part: 'header' }),
    );
    expect(result.signature).toBe('invalid');
    expect(entry(result)?.keySelection.tried).toBe(0);
  });

  it('an unprotected header member of the wrong type (JSON serialization) is reported on that part', async () => {
    const [protectedHeader = '', payload = '', signature = ''] = hs256Jws({ alg: 'HS256' }, 'p', SECRET).split('.');
    const token = JSON.stringify({ payload, protected: protectedHeader, header: { kid: 42 }, signature });
    const result = await inspect(token, { verificationKey: JWKS });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'header-param-invalid', name: 'kid', part: 'unprotected-header' }),
    );
    expect(result.signature).toBe('invalid');
  });

  it('an unregistered member may have any type', async () => {
    const result = await inspect(hs256Jws({ alg: 'HS256', custom: { any: [1] } }, 'p', SECRET), {
      verificationKey: SECRET,
    });
    expect(codes(result)).not.toContain('header-param-invalid');
    expect(result.signature).toBe('valid');
  });
});

describe('JWE header parameters of the wrong type reject the recipient before any key', () => {
  const key = new Uint8Array(32).fill(3);
  const build = async (header: Record<string, unknown>) => {
    const jwe = await new CompactEncrypt(new TextEncoder().encode('x'))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(key);
    const [, ...rest] = jwe.split('.');
    return [encodeJson({ alg: 'dir', enc: 'A256GCM', ...header }), ...rest].join('.');
  };
  it.each([
    ['zip', 1],
    ['kid', 9],
    ['epk', 'point'],
    ['p2c', '1000'],
    ['apu', 5],
  ])('%s = %j', async (name, value) => {
    const result = await inspect(await build({ [name]: value }), {
      decryptionKey: Buffer.from(key).toString('base64url'),
      secretEncoding: 'base64url',
    });
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'header-param-invalid', name }));
    expect(result.decryption).toBe('failed');
    expect(entry(result)?.keySelection.tried).toBe(0);
  });
});

describe('epk-invalid: an ECDH-ES epk that is not a point on the recipient key’s curve is refused before key agreement', () => {
  const recipients = {
    'P-256': generateKeyPairSync('ec', { namedCurve: 'P-256' }),
    'P-384': generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  };
  const pem = (crv: keyof typeof recipients) =>
    String(recipients[crv].privateKey.export({ type: 'pkcs8', format: 'pem' }));
  /** A real ECDH-ES+A128KW token to the P-256 recipient, with its protected header's epk replaced. */
  const withEpk = async (epk: (real: Record<string, unknown>) => unknown) => {
    const token = await new CompactEncrypt(new TextEncoder().encode('secret'))
      .setProtectedHeader({ alg: 'ECDH-ES+A128KW', enc: 'A128GCM' })
      .encrypt(recipients['P-256'].publicKey);
    const [header = '', ...rest] = token.split('.');
    const decoded = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>;
    return [encodeJson({ ...decoded, epk: epk(decoded.epk as Record<string, unknown>) }), ...rest].join('.');
  };
  const other = async (crv: string) =>
    exportJWK((await generateKeyPair('ECDH-ES', { crv, extractable: true })).publicKey);

  it.each([
    ['y replaced by x: not on P-256', (e: Record<string, unknown>) => ({ ...e, y: e.x })],
    ['y off by one bit', (e: Record<string, unknown>) => ({ ...e, y: flipLastBit(String(e.y)) })],
    ['coordinates of the wrong length', (e: Record<string, unknown>) => ({ ...e, x: 'AAAA', y: 'AAAA' })],
    ['crv unknown', (e: Record<string, unknown>) => ({ ...e, crv: 'P-192' })],
    ['kty OKP with crv P-256', (e: Record<string, unknown>) => ({ ...e, kty: 'OKP' })],
    ['y missing', (e: Record<string, unknown>) => ({ kty: e.kty, crv: e.crv, x: e.x })],
    ['a private key in epk', (e: Record<string, unknown>) => ({ ...e, d: 'AAAA' })],
  ])('%s', async (_title, mutate) => {
    const result = await inspect(await withEpk(mutate), { decryptionKey: pem('P-256') });
    expect(result.decryption).toBe('failed');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'epk-invalid', name: 'epk', stage: 'decrypt' }),
    );
    expect(entry(result)?.keySelection.tried).toBe(0);
  });

  it.each([['P-384'], ['P-521'], ['X25519']])('a valid point on %s, to a P-256 key: the curves differ', async (crv) => {
    const epk = await other(crv);
    const result = await inspect(await withEpk(() => epk), { decryptionKey: pem('P-256') });
    expect(result.decryption).not.toBe('decrypted');
    expect(codes(result)).toContain('epk-invalid');
    expect(codes(result)).not.toContain('decryption-failed');
  });

  it('the unmodified token decrypts with the P-256 key, and a P-384 key is refused as on another curve', async () => {
    const token = await withEpk((e) => e);
    expect((await inspect(token, { decryptionKey: pem('P-256') })).decryption).toBe('decrypted');
    const wrongCurve = await inspect(token, { decryptionKey: pem('P-384') });
    expect(wrongCurve.decryption).toBe('not-decrypted');
    expect(wrongCurve.findings).toContainEqual(
      expect.objectContaining({ code: 'epk-invalid', source: 'decryption-key' }),
    );
  });
});

describe('one rule for every header that cannot be read: rejected before any key, one finding saying so', () => {
  const b = (bytes: string | Uint8Array) => Buffer.from(bytes).toString('base64url');
  const headers: Array<[string, string, string]> = [
    ['not base64url', 'ey!J', 'base64url-invalid'],
    ['not UTF-8', b(new Uint8Array([0xff, 0xfe, 0x7b])), 'utf8-invalid'],
    ['not JSON', b('{"alg":'), 'json-invalid'],
    ['JSON, not an object', b('["HS256"]'), 'header-not-object'],
    ['too deep', b(`${'['.repeat(70)}${']'.repeat(70)}`), 'json-too-deep'],
  ];
  it.each(headers)('JWS header %s', async (_title, header, decodeCode) => {
    const result = await inspect(`${header}.${b('{"sub":"x"}')}.${b('sig')}`, { verificationKey: SECRET });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain(decodeCode);
    const rejections = result.findings.filter((f) => f.stage === 'verify');
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ code: 'signature-invalid', part: 'header' });
    expect(entry(result)?.keySelection.tried).toBe(0);
  });
  it.each(headers)('JWE header %s', async (_title, header, decodeCode) => {
    const result = await inspect([header, b('k'), b('iv'), b('ct'), b('tag')].join('.'), { decryptionKey: SECRET });
    expect(result.decryption).toBe('failed');
    expect(codes(result)).toContain(decodeCode);
    const rejections = result.findings.filter((f) => f.stage === 'decrypt');
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ code: 'decryption-failed', part: 'header' });
  });
});

describe('an empty payload segment', () => {
  it('says payload-detached once, from the decoder', async () => {
    const token = hs256Jws({ alg: 'HS256' }, 'anything', SECRET).replace(/\.[^.]*\./, '..');
    const result = await inspect(token, { verificationKey: SECRET });
    expect(codes(result).filter((c) => c === 'payload-detached')).toHaveLength(1);
    expect(result.signature).toBe('not-verified');
    expect(result.headline).toContain('detached');
  });
});

function flipLastBit(coordinate: string): string {
  const bytes = Buffer.from(coordinate, 'base64url');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  return bytes.toString('base64url');
}
