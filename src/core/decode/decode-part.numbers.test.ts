import { describe, expect, it } from 'vitest';
import { HS256_HEADER, compactJws, encodeText } from '../../../test-support/build-token';
import { FINDINGS } from '../findings/catalogue';
import { decodePart } from './decode-part';
import { decodeToken } from './decode-token';

/*
 * RFC 8259 §6 and RFC 7519 §2 (NumericDate): a claim whose number a JavaScript verifier reads as another
 * value is a json-number-imprecise warning naming the path, the text as written and what JavaScript reads;
 * the decoded part keeps the text of every number JavaScript would print otherwise.
 */
const payloadOf = (json: string) =>
  decodePart({ name: 'payload', encoded: encodeText(json), range: null, mode: 'payload' });

describe('json-number-imprecise in the catalogue', () => {
  it('is a decode-stage warning citing RFC 8259 §6 and RFC 7519 §2', () => {
    expect(FINDINGS['json-number-imprecise']).toMatchObject({ severity: 'warning', stage: 'decode' });
    expect(FINDINGS['json-number-imprecise'].ref).toMatch(/RFC 8259 §6.*RFC 7519 §2/);
  });
});

describe('a payload with a 20-digit ID', () => {
  const token = compactJws({ payload: encodeText('{"sub":"x","id":12345678901234567890,"ok":1.5}') });

  it('warns once, at the Payload, naming the path, the text as written and what JavaScript reads', () => {
    const decoded = decodeToken(token);
    const findings = decoded.findings.filter((f) => f.code === 'json-number-imprecise');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', stage: 'decode', source: 'token', part: 'payload' });
    expect(findings[0]?.message).toBe(
      'Payload: $.id is written 12345678901234567890; a JavaScript verifier reads 12345678901234567000.',
    );
    const payloadStart = HS256_HEADER.length + 1;
    expect(findings[0]?.at).toEqual({ start: payloadStart, end: token.lastIndexOf('.') });
  });

  it('keeps the values as JSON.parse gives them and the text of the ID beside them; 1.5 is not listed', () => {
    const payload = decodeToken(token).parts.find((p) => p.name === 'payload');
    expect(payload?.content).toEqual({
      type: 'json',
      text: '{"sub":"x","id":12345678901234567890,"ok":1.5}',
      value: { sub: 'x', id: Number('12345678901234567890'), ok: 1.5 },
      numbers: [{ path: '$.id', text: '12345678901234567890', value: Number('12345678901234567890'), loss: 'rounded' }],
    });
  });
});

describe('what each kind of loss says', () => {
  it.each([
    {
      json: '{"exp":1e400}',
      message: 'Payload: $.exp is written 1e400; a JavaScript verifier reads Infinity.',
    },
    {
      json: '{"iat":1516239022.12345678901234567890}',
      message:
        'Payload: $.iat is written 1516239022.12345678901234567890; a JavaScript verifier reads 1516239022.1234567.',
    },
    {
      json: '{"n":[12345678901234567000]}',
      message:
        'Payload: $.n[0] is written 12345678901234567000; a JavaScript verifier reads 12345678901234567000, held as 12345678901234567168.',
    },
  ])('$json', ({ json, message }) => {
    expect(payloadOf(json).findings).toMatchObject([{ code: 'json-number-imprecise', message }]);
  });

  it('is also reported in a header', () => {
    const result = decodePart({
      name: 'header',
      encoded: encodeText('{"alg":"HS256","x-id":9007199254740993}'),
      range: null,
      mode: 'header',
    });
    expect(result.findings).toMatchObject([
      { code: 'json-number-imprecise', part: 'header', message: /^Header: \$\["x-id"\]/ },
    ]);
  });
});

describe('numbers that keep their value', () => {
  it('are listed for their spelling only, with no finding', () => {
    const result = payloadOf('{"a":1.0,"b":-0,"c":1E3,"d":1.5,"e":9007199254740991}');
    expect(result.findings).toEqual([]);
    expect(result.part.content).toMatchObject({
      numbers: [
        { path: '$.a', text: '1.0', loss: 'none' },
        { path: '$.b', text: '-0', loss: 'none' },
        { path: '$.c', text: '1E3', loss: 'none' },
      ],
    });
  });

  it('leave the content as it always was when every number prints back as written', () => {
    expect(payloadOf('{"iat":1516239022,"ok":1.5}').part.content).toEqual({
      type: 'json',
      text: '{"iat":1516239022,"ok":1.5}',
      value: { iat: 1516239022, ok: 1.5 },
    });
  });
});

describe('thousands of imprecise numbers', () => {
  it('list three findings and count the rest on the last; the part keeps the first 10,000 texts', () => {
    const json = `{"ids":[${Array.from({ length: 12_000 }, (_, i) => `1${String(i).padStart(19, '0')}`).join(',')}]}`;
    const { findings, part } = payloadOf(json);
    expect(findings.map((f) => [f.code, f.repeats])).toEqual([
      ['json-number-imprecise', undefined],
      ['json-number-imprecise', undefined],
      ['json-number-imprecise', 11_997],
    ]);
    expect(findings[2]?.message).toMatch(/^Payload: \$\.ids\[2\] is /);
    expect(part.content?.type === 'json' ? part.content.numbers : []).toHaveLength(10_000);
  });
});
