import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indentJsonText } from './resign-indent-json';

/*
 * "Edit and re-sign" shows a token's header and claims as decoded, on lines: only whitespace between
 * tokens changes (RFC 8259 §2), so what a JSON.parse/stringify round trip would lose stays.
 */

describe('indentJsonText lays JSON out on lines and keeps every lexeme as written', () => {
  const ROWS = [
    {
      name: 'a compact header',
      input: '{"alg":"HS256","typ":"JWT"}',
      output: '{\n  "alg": "HS256",\n  "typ": "JWT"\n}',
    },
    {
      name: 'member order, even where JavaScript would move an integer-like key first',
      input: '{"b":1,"2":2,"a":3}',
      output: '{\n  "b": 1,\n  "2": 2,\n  "a": 3\n}',
    },
    {
      name: 'a number past 2^53 as written',
      input: '{"id":12345678901234567890,"f":1.50,"e":1E+3}',
      output: '{\n  "id": 12345678901234567890,\n  "f": 1.50,\n  "e": 1E+3\n}',
    },
    { name: 'duplicate members', input: '{"sub":"a","sub":"b"}', output: '{\n  "sub": "a",\n  "sub": "b"\n}' },
    {
      name: 'escapes and structural characters inside strings',
      input: '{"s":"a,b:{c}[d] \\"q\\" \\u00e9"}',
      output: '{\n  "s": "a,b:{c}[d] \\"q\\" \\u00e9"\n}',
    },
    {
      name: 'empty containers, nesting and literals',
      input: '{"a":{},"b":[],"c":[true,null,{"d":false}]}',
      output: '{\n  "a": {},\n  "b": [],\n  "c": [\n    true,\n    null,\n    {\n      "d": false\n    }\n  ]\n}',
    },
    {
      name: 'other whitespace between tokens',
      input: ' {\t"a" :\r\n[ 1 ,2 ] } ',
      output: '{\n  "a": [\n    1,\n    2\n  ]\n}',
    },
    { name: 'a top-level string', input: '"just text"', output: '"just text"' },
  ];
  it.each(ROWS)('$name', ({ input, output }) => {
    expect(indentJsonText(input)).toBe(output);
  });

  it('lays out any JSON value as JSON.stringify(value, null, 2) does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(indentJsonText(JSON.stringify(value))).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it.each(['{"a":', '{"a" 1}', 'nope', '', '[1,]'])('gives text that is not JSON back as it was: %j', (text) => {
    expect(indentJsonText(text)).toBe(text);
  });
});
