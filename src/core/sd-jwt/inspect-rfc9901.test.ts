import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { readSdJwtVectors } from '../../../test-support/sd-jwt-vectors';

/*
 * RFC 9901's own examples through inspect(): every signed example's signature, every disclosure's digest
 * and path, the processed payload exactly as the RFC prints it, and the key binding where it has one.
 */
const signed = readSdJwtVectors().filter((v) => v.issuerJwk && (v.presentation ?? v.sdJwt) && v.processedPayload);

describe('RFC 9901 examples, inspected', () => {
  it('there are signed examples to inspect', () => {
    expect(signed.length).toBeGreaterThanOrEqual(3);
  });

  it.each(signed.map((v) => [v.file, v] as const))('%s', async (_file, vector) => {
    const token = vector.presentation ?? vector.sdJwt ?? '';
    const iat = vector.kbJwt?.payload?.iat;
    const now = typeof iat === 'number' ? iat : Number(vector.issuerPayload.iat ?? 1_748_537_244);
    const kb = vector.kbJwt?.payload;
    const result = await inspect(token, {
      verificationKey: JSON.stringify(vector.issuerJwk),
      now,
      ...(kb ? { keyBinding: { required: true, audience: String(kb.aud), nonce: String(kb.nonce) } } : {}),
    });
    expect(result.format).toBe('sd-jwt');
    expect(result.signature).toBe('valid');
    expect(result.payload?.json).toEqual(vector.processedPayload);
    const presented = new Set(token.split('~').slice(1));
    for (const disclosure of vector.disclosures.filter((d) => presented.has(d.encoded))) {
      const report = result.sdJwt?.disclosures.find((d) => d.encoded === disclosure.encoded);
      expect(report).toMatchObject({
        digest: disclosure.digest,
        salt: disclosure.salt,
        name: disclosure.name,
        status: 'disclosed',
      });
    }
    expect(result.findings.filter((f) => f.stage === 'sd-jwt' && f.severity === 'error')).toEqual([]);
    expect(result.sdJwt?.keyBinding).toBe(token.endsWith('~') ? 'absent' : 'valid');
  });
});
