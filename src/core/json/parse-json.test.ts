import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';
import type { JsonNumberText } from '../types';

/** The one number of a bare-number document, as parseJson lists it. */
const topLevel = (text: string, value: number, loss: JsonNumberText['loss']): JsonNumberText[] => [
  { path: '$', text, value, loss },
];

describe('parseJson accepts RFC 8259 JSON', () => {
  it.each([
    { name: 'an empty object', text: '{}' },
    { name: 'an empty array', text: '[]' },
    { name: 'a JWT header', text: '{"alg":"HS256","typ":"JWT"}' },
    { name: 'whitespace of all four kinds around tokens', text: ' \t\r\n{ "a" : [ 1 , 2 ] }\n' },
    { name: 'a bare string at top level', text: '"hi"' },
    { name: 'a bare number at top level', text: '42' },
    { name: 'the literals', text: '[true,false,null]' },
    { name: 'negative zero, kept as written', text: '-0', numbers: topLevel('-0', -0, 'none') },
    { name: 'an exponent without sign', text: '1e5', numbers: topLevel('1e5', 1e5, 'none') },
    { name: 'a signed uppercase exponent', text: '-1.25E-10', numbers: topLevel('-1.25E-10', -1.25e-10, 'none') },
    { name: 'a fraction with zero integer part', text: '0.5' },
    {
      name: 'a huge number, with what JavaScript reads',
      text: '123456789012345678901234567890',
      numbers: topLevel('123456789012345678901234567890', 1.2345678901234568e29, 'rounded'),
    },
    { name: 'all simple escapes', text: '"\\" \\\\ \\/ \\b \\f \\n \\r \\t"' },
    { name: 'a \\u escape in either case', text: '"\\u00e9\\u00E9"' },
    { name: 'a lone high surrogate escape', text: '"\\uD800"' },
    { name: 'a lone low surrogate escape', text: '"\\uDC00x"' },
    { name: 'raw non-ASCII and DEL characters in strings', text: '"é😀\u007f"' },
    { name: 'nested containers', text: '{"a":[{"b":{"c":[[]]}}]}' },
  ])('$name', ({ text, numbers = [] }) => {
    expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text), duplicates: [], numbers });
  });
});

describe('parseJson rejects invalid JSON at the offending index', () => {
  it.each([
    { name: 'empty input', text: '', index: 0, message: /^empty input$/ },
    { name: 'whitespace-only input', text: ' \n ', index: 3, message: /^empty input$/ },
    {
      name: 'a missing comma between members',
      text: '{"alg":"HS256" "typ":"JWT"}',
      index: 15,
      message: /^expected ',' or '}' after a member at position 15, found '"'$/,
    },
    {
      name: 'a stray character after a member',
      text: '{"a":1,"b":true x}',
      index: 16,
      message: /expected ',' or '}' after a member at position 16, found 'x'/,
    },
    {
      name: 'a missing comma between elements',
      text: '[1 2]',
      index: 3,
      message: /expected ',' or ']' after an array element at position 3, found '2'/,
    },
    { name: 'an unterminated string', text: '{"a":"abc', index: 5, message: /^unterminated string starting at 5$/ },
    { name: 'an unterminated member name', text: '{"ab', index: 1, message: /unterminated string starting at 1/ },
    {
      name: 'a raw line feed inside a string',
      text: '{"a":"b\nc"}',
      index: 7,
      message: /^control character U\+000A inside a string at 7/,
    },
    { name: 'a raw NUL inside a string', text: '"\u0000"', index: 1, message: /U\+0000/ },
    { name: 'trailing content', text: '{"a":1} x', index: 8, message: /^trailing content after the JSON value at 8$/ },
    { name: 'a second top-level value', text: '1 2', index: 2, message: /trailing content/ },
    { name: 'a leading zero', text: '01', index: 1, message: /leading zeros are not allowed in numbers at 1/ },
    { name: 'a negative leading zero', text: '[-012]', index: 3, message: /leading zeros/ },
    {
      name: 'a dangling decimal point',
      text: '1.',
      index: 2,
      message: /expected a digit after the decimal point at position 2, found end of input/,
    },
    {
      name: 'a fraction without integer part',
      text: '.5',
      index: 0,
      message: /expected a value at position 0, found '\.'/,
    },
    { name: 'a lone minus sign', text: '-', index: 1, message: /expected a digit after '-' at position 1/ },
    { name: 'a plus sign', text: '+1', index: 0, message: /expected a value/ },
    { name: 'an empty exponent', text: '1e+', index: 3, message: /expected a digit in the exponent at position 3/ },
    { name: 'a hexadecimal number', text: '0x10', index: 1, message: /trailing content/ },
    { name: 'NaN', text: 'NaN', index: 0, message: /expected a value at position 0, found 'N'/ },
    {
      name: 'a misspelt literal',
      text: '[tru]',
      index: 4,
      message: /invalid literal at 1: expected 'true', found '\]'/,
    },
    { name: 'a capitalised literal', text: 'Null', index: 0, message: /expected a value/ },
    { name: 'a truncated literal', text: 'nul', index: 3, message: /expected 'null', found end of input/ },
    {
      name: 'a trailing comma in an object',
      text: '{"a":1,}',
      index: 7,
      message: /member name.*trailing commas are not allowed/,
    },
    { name: 'a trailing comma in an array', text: '[1,]', index: 3, message: /trailing commas are not allowed/ },
    {
      name: 'a leading comma in an array',
      text: '[,1]',
      index: 1,
      message: /expected a value at position 1, found ','/,
    },
    {
      name: 'a single-quoted member name',
      text: "{'a':1}",
      index: 1,
      message: /expected a member name string at position 1, found '''/,
    },
    { name: 'an unquoted member name', text: '{a:1}', index: 1, message: /member name/ },
    {
      name: 'a missing colon',
      text: '{"a" 1}',
      index: 5,
      message: /expected ':' after the member name at position 5, found '1'/,
    },
    { name: 'a missing value', text: '{"a":}', index: 5, message: /expected a value at position 5, found '}'/ },
    { name: 'an unclosed object', text: '{"a":1', index: 6, message: /found end of input/ },
    {
      name: 'an unclosed array',
      text: '[[1]',
      index: 4,
      message: /after an array element at position 4, found end of input/,
    },
    { name: 'a mismatched bracket', text: '[1}', index: 2, message: /expected ',' or ']'/ },
    { name: 'an unknown escape', text: '"a\\x"', index: 2, message: /invalid escape at 2: '\\' followed by 'x'/ },
    {
      name: 'a short \\u escape',
      text: '"\\u12"',
      index: 1,
      message: /invalid \\u escape at 1: expected exactly 4 hex digits/,
    },
    { name: 'a non-hex \\u escape', text: '"\\u12G4"', index: 1, message: /invalid \\u escape/ },
    { name: 'a backslash at end of input', text: '"\\', index: 1, message: /followed by end of input/ },
    { name: 'a byte order mark', text: '\uFEFF{}', index: 0, message: /U\+FEFF \(a byte order mark\)/ },
    {
      name: 'a non-JSON whitespace character',
      text: '[1,\u00a02]',
      index: 3,
      message: /expected a value at position 3/,
    },
    { name: 'a comment', text: '{} // note', index: 3, message: /trailing content/ },
  ])('$name', ({ text, index, message }) => {
    const result = parseJson(text);
    expect(result).toMatchObject({ ok: false, problem: 'syntax', index });
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('parseJson enforces the nesting limit (RFC 8259 §9)', () => {
  it.each([
    { name: 'exactly 64 levels is allowed by default', depth: 64, maxDepth: undefined, ok: true },
    { name: '65 levels is too deep by default', depth: 65, maxDepth: undefined, ok: false },
    { name: 'a custom limit of 3 allows 3 levels', depth: 3, maxDepth: 3, ok: true },
    { name: 'a custom limit of 3 rejects 4 levels', depth: 4, maxDepth: 3, ok: false },
  ])('$name', ({ depth, maxDepth, ok }) => {
    const text = '['.repeat(depth) + ']'.repeat(depth);
    const result = parseJson(text, maxDepth === undefined ? {} : { maxDepth });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result).toMatchObject({ problem: 'too-deep', index: depth - 1 });
  });

  it('counts objects and arrays together', () => {
    expect(parseJson('{"a":[{"b":[1]}]}', { maxDepth: 3 })).toMatchObject({
      ok: false,
      problem: 'too-deep',
      index: 11,
    });
  });

  it('returns too-deep for 100000 nested arrays without throwing', () => {
    const result = parseJson('['.repeat(100_000) + ']'.repeat(100_000));
    expect(result).toMatchObject({ ok: false, problem: 'too-deep', index: 64 });
    if (!result.ok) expect(result.message).toMatch(/maximum depth of 64 at position 64/);
  });

  it('scans 100000 nested levels iteratively when the limit is lifted', () => {
    const result = parseJson('['.repeat(100_000) + ']'.repeat(100_000) + ' x', { maxDepth: Infinity });
    expect(result).toMatchObject({ ok: false, problem: 'syntax', index: 200_001 });
  });
});

describe('parseJson reports duplicate member names (RFC 8259 §4)', () => {
  it.each([
    { name: 'a top-level duplicate', text: '{"a":1,"a":2}', duplicates: [{ key: 'a', path: '$', index: 7 }] },
    {
      name: 'a duplicate in a nested object',
      text: '{"x":{"b":1,"b":2}}',
      duplicates: [{ key: 'b', path: '$.x', index: 12 }],
    },
    {
      name: 'a duplicate two objects deep',
      text: '{"a":{"b":{"c":0,"c":1}}}',
      duplicates: [{ key: 'c', path: '$.a.b', index: 17 }],
    },
    {
      name: 'a duplicate inside an array element',
      text: '[0,1,{"k":1,"k":2}]',
      duplicates: [{ key: 'k', path: '$[2]', index: 12 }],
    },
    {
      name: 'a duplicate under a non-identifier key',
      text: '{"a b":[{"k":1,"k":2}]}',
      duplicates: [{ key: 'k', path: '$["a b"][0]', index: 15 }],
    },
    {
      name: 'an escaped duplicate ("a" and "\\u0061")',
      text: '{"a":1,"\\u0061":2}',
      duplicates: [{ key: 'a', path: '$', index: 7 }],
    },
    {
      name: 'an escaped duplicate with a simple escape',
      text: '{"a\\nb":1,"a\\u000Ab":2}',
      duplicates: [{ key: 'a\nb', path: '$', index: 10 }],
    },
    {
      name: 'every repeat, not just the first',
      text: '{"a":1,"a":2,"a":3}',
      duplicates: [
        { key: 'a', path: '$', index: 7 },
        { key: 'a', path: '$', index: 13 },
      ],
    },
    {
      name: 'each sibling object under its own path',
      text: '{"x":[{"a":1,"a":2},{"b":{"a":1,"a":2}},{"a":1,"a":2}],"y":{"a":1,"a":2}}',
      duplicates: [
        { key: 'a', path: '$.x[0]', index: 13 },
        { key: 'a', path: '$.x[1].b', index: 32 },
        { key: 'a', path: '$.x[2]', index: 47 },
        { key: 'a', path: '$.y', index: 66 },
      ],
    },
    {
      name: 'the containing object once its path has been seen in a parent',
      text: '{"p":{"a":1,"a":2,"q":{"c":1,"c":2},"a":3}}',
      duplicates: [
        { key: 'a', path: '$.p', index: 12 },
        { key: 'c', path: '$.p.q', index: 29 },
        { key: 'a', path: '$.p', index: 36 },
      ],
    },
    { name: 'nothing for equal keys in sibling objects', text: '[{"a":1},{"a":2}]', duplicates: [] },
    { name: 'nothing for keys differing only in case', text: '{"a":1,"A":2}', duplicates: [] },
  ])('$name', ({ text, duplicates }) => {
    expect(parseJson(text)).toMatchObject({ ok: true, duplicates });
  });

  it('keeps the last value of a duplicated member, like JSON.parse', () => {
    expect(parseJson('{"alg":"none","alg":"HS256"}')).toMatchObject({ ok: true, value: { alg: 'HS256' } });
  });
});

describe('parseJson lists at most `maxDuplicates` duplicates and counts the rest', () => {
  const text = '{"a":1,"a":2,"b":{"a":1,"a":2},"a":3}';

  it('lists the first ones in text order and counts the others', () => {
    expect(parseJson(text, { maxDuplicates: 1 })).toEqual({
      ok: true,
      value: JSON.parse(text),
      duplicates: [{ key: 'a', path: '$', index: 7 }],
      omittedDuplicates: 2,
      numbers: [],
    });
  });

  it('adds no count when nothing was left out', () => {
    const result = parseJson(text, { maxDuplicates: 3 });
    expect(result).toMatchObject({ ok: true, duplicates: [{ path: '$' }, { path: '$.b' }, { path: '$' }] });
    expect(result).not.toHaveProperty('omittedDuplicates');
  });

  it('only counts when asked for none', () => {
    expect(parseJson(text, { maxDuplicates: 0 })).toMatchObject({ ok: true, duplicates: [], omittedDuplicates: 3 });
  });

  it('counts 50,000 duplicates while listing three', () => {
    const result = parseJson(`{"alg":"HS256"${',"a":1'.repeat(50_001)}}`, { maxDuplicates: 3 });
    expect(result).toMatchObject({ ok: true, omittedDuplicates: 49_997, value: { alg: 'HS256', a: 1 } });
    expect(result.ok && result.duplicates).toHaveLength(3);
  });
});

describe('parseJson treats "__proto__" as data', () => {
  it('makes "__proto__" an own key without polluting prototypes', () => {
    const result = parseJson('{"__proto__":{"x":1}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ x: 1 });
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('detects duplicate "__proto__" members', () => {
    expect(parseJson('{"__proto__":1,"__proto__":2}')).toMatchObject({
      ok: true,
      duplicates: [{ key: '__proto__', path: '$' }],
    });
  });
});

describe('parseJson on large input', () => {
  it('validates a multi-megabyte document', () => {
    const members = Array.from(
      { length: 100_000 },
      (_, i) => `"k${i}":{"s":"value \\u00e9 ${i}","n":-${i}.5e-3,"b":[true,false,null]}`,
    );
    const text = `{${members.join(',')}}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = parseJson(text);
    expect(result).toMatchObject({ ok: true, duplicates: [] });
  });

  it('reports 50,000 duplicates of one member, all with the path of their object', () => {
    const name = 'n'.repeat(200);
    const text = `${`{"${name}":`.repeat(60)}{"alg":"HS256"${',"a":1'.repeat(50_000)}}${'}'.repeat(60)}`;
    const result = parseJson(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.duplicates).toHaveLength(49_999);
    const paths = new Set(result.duplicates.map((d) => d.path));
    expect([...paths]).toEqual([`$${`.${name}`.repeat(60)}`]);
  });

  it('keeps paths right below a depth raised far past the default', () => {
    const depth = 20_000;
    const text = `${'['.repeat(depth)}{"a":1,"a":2}${']'.repeat(depth)}`;
    expect(parseJson(text, { maxDepth: depth + 1 })).toMatchObject({
      ok: true,
      duplicates: [{ key: 'a', path: `$${'[0]'.repeat(depth)}`, index: depth + 7 }],
    });
  });

  it('validates a 5 MB string value', () => {
    const text = `"${'a'.repeat(5_000_000)}"`;
    expect(parseJson(text)).toMatchObject({ ok: true, value: 'a'.repeat(5_000_000) });
  });
});

describe('parseJson agrees with JSON.parse on what is valid', () => {
  it('accepts exactly what JSON.parse accepts on random JSON-like fragments', () => {
    const alphabet = [
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ':',
      '0',
      '1',
      '-',
      '+',
      '.',
      'e',
      'E',
      ' ',
      '\n',
      '\\',
      'u',
      'a',
      'true',
      'null',
      '"k"',
      '\u0001',
    ];
    const disagreements: string[] = [];
    for (let trial = 0; trial < 50_000; trial++) {
      let text = '';
      const length = 1 + Math.floor(Math.random() * 8);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(Math.random() * alphabet.length)] ?? '';
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      if (parseJson(text, { maxDepth: Infinity }).ok !== valid) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });
});
