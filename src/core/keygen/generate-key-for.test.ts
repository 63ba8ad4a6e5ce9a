import { describe, expect, it } from 'vitest';
import { inspect } from '../inspect/inspect';
import { issueToken, listIssueAlgorithms } from '../issue';
import { generateKeyFor } from './generate-key-for';

/*
 * "Generate a key for this alg": for every offered algorithm the generated key makes a token, and the
 * receiver's half opens it in the decoder (RFC 7515 §5, RFC 7516 §5). dir is sized by its enc (RFC 7518
 * §4.5), so it is tried with each.
 */

const offered = listIssueAlgorithms();
const ENCRYPT_CASES = offered.encryptAlg.flatMap((alg) =>
  alg === 'dir' ? offered.encryptEnc.map((enc) => ({ alg, enc })) : [{ alg, enc: 'A256GCM' }],
);

describe('generateKeyFor makes a key that fits the algorithm (RFC 7518 §3–5)', () => {
  it.each(offered.sign)('signs with %s', async (alg) => {
    const key = await generateKeyFor(alg, 'sign');
    if (!key.ok) throw new Error(key.message);
    expect(key.privateKeyText).toBeNull();
    const result = await issueToken({
      header: {},
      claims: { exp: 1_900_000_000 },
      mode: 'sign',
      serialization: 'compact',
      signing: { alg, key: key.keyText },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.warnings).toEqual([]);
    expect((await inspect(result.token, { verificationKey: result.verificationKey })).signature).toBe('valid');
  });

  it.each(ENCRYPT_CASES)('encrypts with $alg + $enc', async ({ alg, enc }) => {
    const key = await generateKeyFor(alg, 'encrypt', enc);
    if (!key.ok) throw new Error(key.message);
    const result = await issueToken({
      header: {},
      claims: { exp: 1_900_000_000 },
      mode: 'encrypt',
      serialization: 'compact',
      encryption: { alg, enc, key: key.keyText },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    const report = await inspect(result.token, { decryptionKey: key.privateKeyText ?? '' });
    expect(report.decryption).toBe('decrypted');
  });

  it.each([
    ['HS1', 'sign', undefined, /not a signature algorithm/],
    ['RSA1_6', 'encrypt', undefined, /not a JWE key management algorithm/],
    ['dir', 'encrypt', 'A192CBC', /supported "enc"/],
  ] as const)('refuses %s (%s)', async (alg, operation, enc, message) => {
    expect(await generateKeyFor(alg, operation, enc)).toMatchObject({
      ok: false,
      message: expect.stringMatching(message),
    });
  });
});
