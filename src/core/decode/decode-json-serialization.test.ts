import { describe, expect, it } from 'vitest';
import { HS256_SIGNATURE, encodeJson, encodeText } from '../../../test-support/build-token';
import { decodeToken } from './decode-token';

const PAYLOAD = encodeText('hello');
const HS256 = encodeJson({ alg: 'HS256' });
const paste = (value: unknown) => JSON.stringify(value, null, 2);

describe('JWS JSON serialization (RFC 7515 §7.2)', () => {
  it('numbers the parts of each signature in the general form (§7.2.1)', () => {
    const text = paste({
      payload: PAYLOAD,
      signatures: [
        { protected: HS256, signature: HS256_SIGNATURE },
        { protected: encodeJson({ alg: 'ES256' }), header: { kid: 'k2' }, signature: 'AAAA' },
      ],
    });
    const token = decodeToken(text);
    expect(token.format).toBe('jws-json');
    expect(token.parts.map((p) => [p.name, p.entry])).toEqual([
      ['payload', undefined],
      ['header', 0],
      ['signature', 0],
      ['header', 1],
      ['unprotected-header', 1],
      ['signature', 1],
    ]);
    expect(token.header).toEqual({ alg: 'HS256' });
    expect(token.parts[4]?.content).toEqual({ type: 'json', text: '{"kid":"k2"}', value: { kid: 'k2' } });
    for (const part of token.parts.filter((p) => p.range)) {
      expect(text.slice(part.range?.start, part.range?.end)).toBe(part.encoded);
    }
    expect(token.findings.map((f) => f.code)).toEqual(['payload-not-json']);
  });

  it('gives no entry numbers to the flattened form (§7.2.2), and merges its headers', () => {
    const token = decodeToken(
      paste({ payload: PAYLOAD, protected: HS256, header: { kid: 'k1' }, signature: HS256_SIGNATURE }),
    );
    expect(token.parts.map((p) => [p.name, p.entry])).toEqual([
      ['payload', undefined],
      ['header', undefined],
      ['unprotected-header', undefined],
      ['signature', undefined],
    ]);
    expect(token.header).toEqual({ alg: 'HS256', kid: 'k1' });
  });

  it('reports an absent "payload" member as detached content (RFC 7515 Appendix F)', () => {
    const token = decodeToken(paste({ protected: HS256, signature: HS256_SIGNATURE }));
    expect(token.parts[0]).toMatchObject({ name: 'payload', encoded: '', byteLength: 0, content: null, range: null });
    expect(token.findings).toEqual([
      expect.objectContaining({
        code: 'payload-detached',
        severity: 'info',
        message: 'Payload: the "payload" member is absent, so the payload is detached and must be supplied to verify.',
      }),
    ]);
  });

  it('shows the payload as raw text when the protected header says "b64": false (RFC 7797 §3)', () => {
    const token = decodeToken(
      paste({
        payload: '$.02',
        protected: encodeJson({ alg: 'HS256', b64: false, crit: ['b64'] }),
        signature: HS256_SIGNATURE,
      }),
    );
    expect(token.parts[0]).toMatchObject({
      name: 'payload',
      encoded: '$.02',
      byteLength: 4,
      content: { type: 'text', text: '$.02' },
    });
    expect(token.findings).toEqual([]);
  });

  it('ignores "b64": false in an unprotected header, where RFC 7797 §3 does not allow it', () => {
    const token = decodeToken(
      paste({ payload: '$.02', protected: HS256, header: { b64: false }, signature: HS256_SIGNATURE }),
    );
    expect(token.findings).toEqual([expect.objectContaining({ code: 'base64url-invalid', part: 'payload' })]);
  });

  it('points a base64url error in a member at the bad character in the pasted text', () => {
    const text = `Bearer ${paste({ payload: 'aGVs+G8', protected: HS256, signature: HS256_SIGNATURE })}`;
    const [finding] = decodeToken(text).findings.filter((f) => f.code === 'base64url-invalid');
    expect(finding).toMatchObject({
      part: 'payload',
      message: "Payload: character 4 is '+', which belongs to standard base64; base64url uses '-'",
    });
    expect(text.slice(finding?.at?.start, finding?.at?.end)).toBe('+');
    expect(text.slice((finding?.at?.start ?? 0) - 5, finding?.at?.end)).toBe('"aGVs+');
  });

  it('warns of a duplicate member in the serialization at the repeated name', () => {
    const text = '{"payload":"aGVsbG8","protected":"eyJhbGciOiJIUzI1NiJ9","signature":"AAAA","signature":"AAAA"}';
    const [finding] = decodeToken(text).findings;
    expect(finding).toMatchObject({
      code: 'json-duplicate-member',
      severity: 'warning',
      message: 'Member "signature" appears more than once at $.',
    });
    expect(text.slice(finding?.at?.start, finding?.at?.end)).toBe('"signature"');
  });
});

describe('JWE JSON serialization (RFC 7516 §7.2)', () => {
  it('numbers encrypted keys and per-recipient headers in the general form (§7.2.1)', () => {
    const token = decodeToken(
      paste({
        protected: encodeJson({ enc: 'A128GCM' }),
        unprotected: { cty: 'text/plain' },
        recipients: [
          { header: { alg: 'A128KW', kid: 'a' }, encrypted_key: encodeText('k'.repeat(24)) },
          { header: { alg: 'dir', kid: 'b' } },
        ],
        iv: encodeText('i'.repeat(12)),
        ciphertext: encodeText('secret'),
        tag: encodeText('t'.repeat(16)),
      }),
    );
    expect(token.format).toBe('jwe-json');
    expect(token.parts.map((p) => [p.name, p.entry])).toEqual([
      ['header', undefined],
      ['unprotected-header', undefined],
      ['iv', undefined],
      ['ciphertext', undefined],
      ['tag', undefined],
      ['unprotected-header', 0],
      ['encrypted-key', 0],
      ['unprotected-header', 1],
      ['encrypted-key', 1],
    ]);
    expect(token.header).toEqual({ enc: 'A128GCM', cty: 'text/plain', alg: 'A128KW', kid: 'a' });
    expect(token.findings).toEqual([]);
  });
});

describe('malformed JSON serializations (RFC 7515 §7.2, RFC 7516 §7.2)', () => {
  it.each([
    {
      name: 'a signature without "signature"',
      input: { payload: PAYLOAD, signatures: [{ protected: HS256 }] },
      code: 'serialization-invalid',
      message: 'Signature: the "signature" member is missing.',
    },
    {
      name: 'a "signature" that is a number',
      input: { payload: PAYLOAD, protected: HS256, signature: 5 },
      code: 'serialization-invalid',
      message: 'Signature: "signature" must be a base64url string, not a number.',
    },
    {
      name: 'a "payload" that is an object',
      input: { payload: {}, protected: HS256, signature: 'AAAA' },
      code: 'serialization-invalid',
      message: 'Payload: "payload" must be a base64url string, not an object.',
    },
    {
      name: 'an empty "signatures"',
      input: { payload: PAYLOAD, signatures: [] },
      code: 'serialization-invalid',
      message: '"signatures" is empty: there is nothing to verify.',
    },
    {
      name: '"signatures" that is an object',
      input: { payload: PAYLOAD, signatures: { protected: HS256 } },
      code: 'serialization-invalid',
      message: '"signatures" must be an array.',
    },
    {
      name: 'a signature that is a number',
      input: { payload: PAYLOAD, signatures: [5] },
      code: 'serialization-invalid',
      message: 'Signature 1 is a number, not an object.',
    },
    {
      name: 'an unprotected header that is an array',
      input: { payload: PAYLOAD, protected: HS256, header: [], signature: 'AAAA' },
      code: 'header-not-object',
      message: 'Unprotected header is an array, not an object.',
    },
    {
      name: 'a "ciphertext" that is null',
      input: { protected: encodeJson({ alg: 'dir', enc: 'A128GCM' }), ciphertext: null },
      code: 'serialization-invalid',
      message: 'Ciphertext: "ciphertext" must be a base64url string, not null.',
    },
    {
      name: '"recipients" that is a string',
      input: { recipients: 'x', ciphertext: 'AAAA' },
      code: 'serialization-invalid',
      message: '"recipients" must be an array.',
    },
    {
      name: 'a recipient that is null',
      input: { recipients: [null], ciphertext: 'AAAA' },
      code: 'serialization-invalid',
      message: 'Recipient 1 is null, not an object.',
    },
    {
      name: 'an "encrypted_key" that is a number',
      input: { protected: encodeJson({ alg: 'A128KW', enc: 'A128GCM' }), encrypted_key: 1, ciphertext: 'AAAA' },
      code: 'serialization-invalid',
      message: 'Encrypted key: "encrypted_key" must be a base64url string, not a number.',
    },
  ])('$name → $code', ({ input, code, message }) => {
    const token = decodeToken(paste(input));
    expect(token.format).toMatch(/-json$/);
    expect(token.findings).toContainEqual(expect.objectContaining({ code, severity: 'error', message }));
  });
});

describe('"__proto__" stays an ordinary member (RFC 7515 §4; no prototype pollution)', () => {
  const hostile = '{"alg":"HS256","__proto__":{"isAdmin":true}}';

  it.each([
    { name: 'a compact protected header', input: `${encodeText(hostile)}.${PAYLOAD}.${HS256_SIGNATURE}` },
    {
      name: 'a JSON protected header',
      input: paste({ payload: PAYLOAD, protected: encodeText(hostile), signature: HS256_SIGNATURE }),
    },
    {
      name: 'a JSON unprotected header',
      input: `{"payload":"${PAYLOAD}","header":${hostile},"signature":"${HS256_SIGNATURE}"}`,
    },
  ])('in $name', ({ input }) => {
    const token = decodeToken(input);
    const header = token.header ?? {};
    expect(Object.hasOwn(header, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(header, '__proto__')?.value).toEqual({ isAdmin: true });
    expect(Object.getPrototypeOf(header)).toBe(Object.prototype);
    expect(header.alg).toBe('HS256');
    expect((header as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(({} as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
  });
});
