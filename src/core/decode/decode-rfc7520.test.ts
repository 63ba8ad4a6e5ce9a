import { describe, expect, it } from 'vitest';
import { readRfc7520Cases } from '../../../test-support/rfc7520';
import { decodeToken } from './decode-token';

/*
 * Every output of every RFC 7520 (JOSE Cookbook), RFC 7797 and RFC 8037 example in test-vectors/rfc7520,
 * in each form it is given: compact, general JSON ("json") and flattened JSON ("json_flat").
 *
 * Vectors that NOTES.md calls odd, and why none of them is a decoding error:
 * - jwe/5_5, jwe/5_6, curve25519/ecdh-es: "json" has no "recipients", so it is really the flattened form;
 *   the decoder detects the form from the members present and decodes it as flattened.
 * - rfc7797/4.2: signed over a header without `crit: ["b64"]`, so a verifier must reject it; but it
 *   decodes fine (unencoded payload "$.02"): rejecting it is the verifier's job, not the decoder's.
 * - rfc7797/hmac-sha2_b64_false: only its intermediate `signing.*` fields are wrong; `output.*` is right.
 * - jws/4_5: detached content, so the payload is absent: `payload-detached` (info), not an error.
 * - jwe/5_13: `input.enc` has a typo; the expectation is read from the protected header instead.
 */
const cases = readRfc7520Cases();
const titled = cases.map((c) => [`${c.file}, ${c.form}`, c] as const);

describe('RFC 7520 vectors decode without errors (RFC 7515 §7, RFC 7516 §7)', () => {
  it('reads every vector file', () => {
    // 25 files, plus the §6 nesting file's sign and encrypt steps; 69 outputs in all.
    expect(new Set(cases.map((c) => c.file)).size).toBe(27);
    expect(cases).toHaveLength(69);
  });

  describe.each(titled)('%s', (_title, { text, form, kind, alg, enc, payload, isDetached }) => {
    const token = decodeToken(text);

    it(`decodes as ${kind} ${form === 'compact' ? 'compact' : 'JSON'} with no error finding`, () => {
      expect(token.format).toBe(`${kind}-${form === 'compact' ? 'compact' : 'json'}`);
      expect(token.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(token.parts.some((p) => p.hasError)).toBe(false);
    });

    it(`has the governing header alg "${alg}"${enc ? ` and enc "${enc}"` : ''}`, () => {
      expect(token.header?.alg).toBe(alg);
      if (enc !== undefined) expect(token.header?.enc).toBe(enc);
    });

    it('locates every part in the pasted text', () => {
      for (const part of token.parts) {
        if (part.range) expect(text.slice(part.range.start, part.range.end)).toBe(part.encoded);
      }
      expect(token.parts.filter((p) => p.encoded.length > 0 && p.range === null)).toEqual([]);
    });

    if (kind === 'jws') {
      it(isDetached ? 'reports the payload as detached' : 'shows the payload the producer signed', () => {
        const payloadPart = token.parts.find((p) => p.name === 'payload');
        if (isDetached) {
          expect(token.findings.map((f) => f.code)).toContain('payload-detached');
          expect(payloadPart).toMatchObject({ encoded: '', byteLength: 0, content: null });
        } else {
          expect(payloadPart?.content).toMatchObject({ text: payload });
        }
      });
    }
  });
});
