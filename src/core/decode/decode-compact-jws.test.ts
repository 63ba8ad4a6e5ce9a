import { describe, expect, it } from 'vitest';
import {
  CLAIMS,
  HS256_HEADER,
  HS256_SIGNATURE,
  compactJws,
  encodeBytes,
  encodeJson,
  encodeText,
} from '../../../test-support/build-token';
import { decodeToken } from './decode-token';

const TOKEN = compactJws();
const HEADER_END = HS256_HEADER.length;
const PAYLOAD_END = TOKEN.lastIndexOf('.');

describe('JWS compact serialization: parts (RFC 7515 §7.1)', () => {
  it.each([
    { name: 'a bare token', input: TOKEN, offset: 0 },
    { name: 'after "Bearer "', input: `Bearer ${TOKEN}`, offset: 7 },
    {
      name: 'inside an Authorization header line with quotes',
      input: ` Authorization: Bearer "${TOKEN}"\n`,
      offset: 24,
    },
  ])('splits $name into Header, Payload and Signature at their exact source ranges', ({ input, offset }) => {
    const token = decodeToken(input);
    expect(token.format).toBe('jws-compact');
    expect(token.input.offset).toBe(offset);
    expect(token.parts.map(({ name, label, range, byteLength }) => ({ name, label, range, byteLength }))).toEqual([
      { name: 'header', label: 'Header', range: { start: offset, end: offset + HEADER_END }, byteLength: 27 },
      {
        name: 'payload',
        label: 'Payload',
        range: { start: offset + HEADER_END + 1, end: offset + PAYLOAD_END },
        byteLength: 55,
      },
      {
        name: 'signature',
        label: 'Signature',
        range: { start: offset + PAYLOAD_END + 1, end: offset + TOKEN.length },
        byteLength: 32,
      },
    ]);
    for (const part of token.parts) {
      expect(input.slice(part.range?.start, part.range?.end)).toBe(part.encoded);
    }
  });

  it('shows header and payload as JSON, the signature as hex, with nothing to report', () => {
    const token = decodeToken(TOKEN);
    const [header, payload, signature] = token.parts;
    expect(header?.content).toEqual({
      type: 'json',
      text: '{"alg":"HS256","typ":"JWT"}',
      value: { alg: 'HS256', typ: 'JWT' },
    });
    expect(payload?.content).toEqual({ type: 'json', text: JSON.stringify(CLAIMS), value: CLAIMS });
    expect(signature?.content).toEqual({
      type: 'binary',
      hex: Buffer.from(HS256_SIGNATURE, 'base64url')
        .toString('hex')
        .replace(/(..)(?!$)/g, '$1 '),
    });
    expect(token.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(token.isUnsecured).toBe(false);
    expect(token.findings).toEqual([]);
  });
});

describe('JWS header checks (RFC 7515 §4.1.1, RFC 7519 §6)', () => {
  it.each([
    {
      name: 'alg "none" is unsecured',
      alg: 'none',
      signature: '',
      message: 'Header says alg "none": the token is unsecured.',
    },
    {
      name: 'alg "NONE" is unsecured in any casing',
      alg: 'NONE',
      signature: '',
      message: 'Header says alg "NONE": the token is unsecured.',
    },
    {
      name: 'alg "nOnE" is unsecured in any casing',
      alg: 'nOnE',
      signature: '',
      message: 'Header says alg "nOnE": the token is unsecured.',
    },
    {
      name: 'alg "none" with a signature says the signature must be ignored',
      alg: 'none',
      signature: HS256_SIGNATURE,
      message:
        'Header says alg "none": the token is unsecured (and yet carries a signature, which a verifier must ignore).',
    },
  ])('$name', ({ alg, signature, message }) => {
    const token = decodeToken(compactJws({ header: encodeJson({ alg }), signature }));
    expect(token.isUnsecured).toBe(true);
    expect(token.findings).toEqual([
      expect.objectContaining({ code: 'alg-none', severity: 'warning', part: 'header', message }),
    ]);
  });

  it.each([
    {
      name: 'an empty signature with a real alg',
      header: { alg: 'HS256' },
      signature: '',
      code: 'signature-missing',
      part: 'signature',
      message: 'Header names alg "HS256" but the signature segment is empty.',
    },
    {
      name: 'a header without alg',
      header: { typ: 'JWT' },
      signature: HS256_SIGNATURE,
      code: 'alg-invalid',
      part: 'header',
      message: 'Header has no "alg".',
    },
    {
      name: 'an alg that is a number',
      header: { alg: 256 },
      signature: HS256_SIGNATURE,
      code: 'alg-invalid',
      part: 'header',
      message: 'Header "alg" is not a non-empty string.',
    },
    {
      name: 'an empty alg',
      header: { alg: '' },
      signature: HS256_SIGNATURE,
      code: 'alg-invalid',
      part: 'header',
      message: 'Header "alg" is not a non-empty string.',
    },
  ])('$name → $code', ({ header, signature, code, part, message }) => {
    const token = decodeToken(compactJws({ header: encodeJson(header), signature }));
    expect(token.isUnsecured).toBe(false);
    expect(token.findings).toEqual([expect.objectContaining({ code, severity: 'error', part, message })]);
  });

  it('points signature-missing at the empty segment after the last dot', () => {
    const input = `Bearer ${compactJws({ signature: '' })}`;
    const [finding] = decodeToken(input).findings.filter((f) => f.code === 'signature-missing');
    expect(finding?.at).toEqual({ start: input.length, end: input.length });
  });
});

describe('JWS header decoding (RFC 7515 §5.2 steps 2–4)', () => {
  const headerRange = (header: string) => ({ start: 0, end: header.length });

  it.each([
    {
      name: 'a JSON array',
      header: encodeText('[1]'),
      code: 'header-not-object',
      message: 'Header: decodes to an array, not a JSON object.',
    },
    {
      name: 'a JSON string',
      header: encodeText('"x"'),
      code: 'header-not-object',
      message: 'Header: decodes to a string, not a JSON object.',
    },
    {
      name: 'text that is not JSON',
      header: encodeText('{alg:"HS256"}'),
      code: 'json-invalid',
      message: /^Header: expected a member name string at position 1, found 'a'/,
    },
    {
      name: 'a truncated JSON object',
      header: encodeText('{"alg":"HS256"'),
      code: 'json-invalid',
      message: /^Header: expected ',' or '}' after a member at position 14/,
    },
    {
      name: 'bytes that are not UTF-8',
      header: encodeBytes([0x7b, 0xff, 0x7d]),
      code: 'utf8-invalid',
      message: 'Header: byte 1 is 0xFF, which never appears in valid UTF-8',
    },
    {
      name: 'JSON nested 65 deep',
      header: encodeText(`${'['.repeat(65)}${']'.repeat(65)}`),
      code: 'json-too-deep',
      message: /^Header: nesting exceeds the maximum depth of 64/,
    },
  ])('a header that is $name → $code over the whole header', ({ header, code, message }) => {
    const token = decodeToken(compactJws({ header }));
    expect(token.header).toBeNull();
    expect(token.parts[0]?.hasError).toBe(true);
    expect(token.findings).toEqual([
      expect.objectContaining({
        code,
        severity: 'error',
        part: 'header',
        message: expect.stringMatching(message),
        at: headerRange(header),
      }),
    ]);
  });

  it('warns of a duplicate member, and the last value wins as in JSON.parse (RFC 7515 §5.2 step 4)', () => {
    const header = encodeText('{"alg":"HS256","alg":"none"}');
    const token = decodeToken(compactJws({ header }));
    expect(token.findings.map((f) => f.code)).toEqual(['json-duplicate-member', 'alg-none']);
    expect(token.findings[0]).toMatchObject({
      severity: 'warning',
      part: 'header',
      message: 'Header: member "alg" appears more than once at $; parsers disagree on which value wins.',
      at: headerRange(header),
    });
    expect(token.header).toEqual({ alg: 'none' });
  });
});

describe('JWS payload content (RFC 7515 §7.1, RFC 7519 §7.2, RFC 7797 §3)', () => {
  const nested = compactJws();

  it.each([
    {
      name: 'JSON claims',
      payload: encodeJson(CLAIMS),
      content: { type: 'json', text: JSON.stringify(CLAIMS), value: CLAIMS },
      codes: [],
    },
    {
      name: 'plain text',
      payload: encodeText('hello, world'),
      content: { type: 'text', text: 'hello, world' },
      codes: ['payload-not-json'],
    },
    {
      name: 'invalid UTF-8',
      payload: encodeBytes([0x00, 0x01, 0x02, 0xff]),
      content: { type: 'binary', hex: '00 01 02 ff' },
      codes: [],
    },
    {
      name: 'UTF-8 with control characters',
      payload: encodeBytes([0x00, 0x01, 0x41]),
      content: { type: 'binary', hex: '00 01 41' },
      codes: [],
    },
    {
      name: 'a compact JWS (nested JWT)',
      payload: encodeText(nested),
      content: { type: 'text', text: nested },
      codes: ['payload-nested-token'],
    },
    {
      name: 'a 5-part compact JWE',
      payload: encodeText('eyJhbGciOiJkaXIifQ..b.c.d'),
      content: { type: 'text', text: 'eyJhbGciOiJkaXIifQ..b.c.d' },
      codes: ['payload-nested-token'],
    },
    {
      name: 'a host name (3 dot-separated words, no JOSE header)',
      payload: encodeText('www.example.com'),
      content: { type: 'text', text: 'www.example.com' },
      codes: ['payload-not-json'],
    },
    {
      name: 'text with 4 dot-separated parts (no token)',
      payload: encodeText('a.b.c.d'),
      content: { type: 'text', text: 'a.b.c.d' },
      codes: ['payload-not-json'],
    },
    {
      name: 'broken JSON',
      payload: encodeText('{"sub":'),
      content: { type: 'text', text: '{"sub":' },
      codes: ['json-invalid'],
    },
  ])('a payload of $name', ({ payload, content, codes }) => {
    const token = decodeToken(compactJws({ payload }));
    expect(token.parts[1]?.content).toEqual(content);
    expect(token.findings.map((f) => f.code)).toEqual(codes);
    for (const finding of token.findings) expect(finding.part).toBe('payload');
  });

  it('reports the payload messages in words', () => {
    expect(decodeToken(compactJws({ payload: encodeText('hi') })).findings[0]?.message).toBe(
      'Payload: the payload is text, not JSON, so it holds no JWT claims.',
    );
    expect(decodeToken(compactJws({ payload: encodeText(nested) })).findings[0]?.message).toBe(
      'Payload: the payload is itself a compact token (a nested JWT).',
    );
  });

  it('reports an empty payload segment as detached content (RFC 7515 Appendix F)', () => {
    const token = decodeToken(compactJws({ payload: '' }));
    expect(token.parts[1]).toMatchObject({
      name: 'payload',
      encoded: '',
      byteLength: 0,
      content: null,
      range: { start: HEADER_END + 1, end: HEADER_END + 1 },
    });
    expect(token.parts[1]?.explanation).toMatch(/^Detached/);
    expect(token.findings).toEqual([
      expect.objectContaining({
        code: 'payload-detached',
        severity: 'info',
        part: 'payload',
        message: 'Payload: the segment is empty, so the payload is detached and must be supplied to verify.',
      }),
    ]);
  });

  it('shows an RFC 7797 "b64": false payload as the raw text it is, not as base64url', () => {
    const header = encodeJson({ alg: 'HS256', b64: false, crit: ['b64'] });
    const token = decodeToken(compactJws({ header, payload: 'costs £2!' }));
    expect(token.parts[1]).toMatchObject({
      encoded: 'costs £2!',
      byteLength: 10,
      content: { type: 'text', text: 'costs £2!' },
    });
    expect(token.findings).toEqual([]);
  });

  it('cannot carry an unencoded payload with a "." in compact form (RFC 7797 §5.2): 4 parts', () => {
    const header = encodeJson({ alg: 'HS256', b64: false, crit: ['b64'] });
    expect(decodeToken(compactJws({ header, payload: '$.02' })).findings[0]).toMatchObject({ code: 'not-a-token' });
  });
});
