import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJwe, encodeJson, hs256Jws } from '../../../test-support/build-token';
import { findTokens } from './find-tokens';

const jws = (claims: Record<string, unknown>, typ = 'JWT') =>
  hs256Jws({ alg: 'HS256', typ }, JSON.stringify(claims), 'secret');
const ACCESS = jws({ sub: 'alice', scope: 'openid' }, 'at+jwt');
const ID = jws({ sub: 'alice', aud: 'client', nonce: 'n-0S6_WzA2Mj' });
const DPOP = jws({ htm: 'POST', htu: 'https://rs.example/api', jti: '4ba3e9ef' }, 'dpop+jwt');
const ASSERTION = jws({ iss: 'client', sub: 'client', aud: 'https://as.example/token', jti: 'a1' });
const LOGGED = jws({ sub: 'bob' });
const LONG = jws({ sub: 'carol', long: 'x'.repeat(120) });
const JWE = compactJwe({ header: { alg: 'dir', enc: 'A128GCM' }, encryptedKey: 0, iv: 12, ciphertext: 24, tag: 16 });
const DISCLOSURE = encodeJson(['2GLC42sKQveCfGfryNRN9w', 'given_name', 'John']);
const SD_JWT = `${hs256Jws({ alg: 'HS256', typ: 'dc+sd-jwt' }, JSON.stringify({ _sd_alg: 'sha-256', _sd: ['x'] }), 's')}~${DISCLOSURE}~`;
const COOKIE_TOKEN = jws({ sub: 'dave', session: 'y'.repeat(60) });
const HALF = Math.floor(COOKIE_TOKEN.length / 2);

interface Expected {
  label: string;
  role: string;
  http?: { method: string; url: string };
}
interface Row {
  name: string;
  input: string;
  expected: Expected[];
}

const POST_TOKEN = { method: 'POST', url: 'https://as.example/token' };
const rows: Row[] = [
  {
    name: 'curl on one line, -H with double quotes',
    input: `curl -H "Authorization: Bearer ${ACCESS}" https://rs.example/api`,
    expected: [
      {
        label: 'Authorization header of GET https://rs.example/api',
        role: 'access_token',
        http: { method: 'GET', url: 'https://rs.example/api' },
      },
    ],
  },
  {
    name: 'curl over lines with \\ continuations, --header with single quotes, -X and DPoP',
    input: [
      `curl -X POST 'https://rs.example/api' \\`,
      `  --header 'Authorization: DPoP ${ACCESS}' \\`,
      `  --header 'DPoP: ${DPOP}'`,
    ].join('\n'),
    expected: [
      {
        label: 'Authorization header (DPoP-bound) of POST https://rs.example/api',
        role: 'access_token',
        http: { method: 'POST', url: 'https://rs.example/api' },
      },
      {
        label: 'DPoP header of POST https://rs.example/api',
        role: 'dpop',
        http: { method: 'POST', url: 'https://rs.example/api' },
      },
    ],
  },
  {
    name: 'curl with -d is a POST, and its form body names the client assertion',
    input: `curl https://as.example/token \\\n  -d "grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${ASSERTION}"`,
    expected: [
      {
        label: 'client_assertion parameter of POST https://as.example/token',
        role: 'client_assertion',
        http: POST_TOKEN,
      },
    ],
  },
  {
    name: 'raw HTTP request with Authorization and DPoP headers',
    input: [
      'POST /api/orders HTTP/1.1',
      'Host: rs.example',
      `Authorization: DPoP ${ACCESS}`,
      `DPoP: ${DPOP}`,
      '',
      '{}',
    ].join('\r\n'),
    expected: [
      {
        label: 'Authorization header (DPoP-bound) of POST https://rs.example/api/orders',
        role: 'access_token',
        http: { method: 'POST', url: 'https://rs.example/api/orders' },
      },
      {
        label: 'DPoP header of POST https://rs.example/api/orders',
        role: 'dpop',
        http: { method: 'POST', url: 'https://rs.example/api/orders' },
      },
    ],
  },
  {
    name: 'raw HTTP responses: a redirect with a Location fragment, then a token response',
    input: [
      'HTTP/1.1 302 Found',
      `Location: https://client.example/cb#id_token=${ID}&state=af0ifjsldkj`,
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      'Cache-Control: no-store',
      '',
      `{"access_token":"${ACCESS}","token_type":"Bearer","expires_in":3600}`,
    ].join('\r\n'),
    expected: [
      { label: 'id_token parameter', role: 'id_token' },
      { label: 'access_token in the token response', role: 'access_token' },
    ],
  },
  {
    name: 'JSON with token fields nested deep inside',
    input: JSON.stringify({
      session: { user: 'alice', tokens: { id_token: ID, refresh_token: LOGGED } },
      logout: { logout_token: ASSERTION },
    }),
    expected: [
      { label: 'id_token in the token response', role: 'id_token' },
      { label: 'refresh_token in the token response', role: 'refresh_token' },
      { label: 'logout_token in JSON', role: 'logout_token' },
    ],
  },
  {
    name: 'token-endpoint JSON response',
    input: JSON.stringify({ access_token: ACCESS, token_type: 'Bearer', expires_in: 3600, id_token: ID }, null, 2),
    expected: [
      { label: 'access_token in the token response', role: 'access_token' },
      { label: 'id_token in the token response', role: 'id_token' },
    ],
  },
  {
    name: 'redirect URL with a fragment',
    input: `https://client.example/cb#id_token=${ID}&access_token=${ACCESS}&state=af0ifjsldkj`,
    expected: [
      { label: 'id_token parameter', role: 'id_token' },
      { label: 'access_token parameter', role: 'access_token' },
    ],
  },
  {
    name: 'a form_post response page',
    input: [
      '<form method="post" action="https://client.example/cb">',
      `  <input type="hidden" name="id_token" value="${ID}"/>`,
      '  <input type="hidden" name="state" value="af0ifjsldkj"/>',
      '</form>',
    ].join('\n'),
    expected: [{ label: 'id_token parameter', role: 'id_token' }],
  },
  {
    name: 'form body',
    input: `client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${ASSERTION}`,
    expected: [{ label: 'client_assertion parameter', role: 'client_assertion' }],
  },
  {
    name: 'logout and hint parameters in a query',
    input: `GET https://op.example/logout?id_token_hint=${ID} and back-channel logout_token=${LOGGED}`,
    expected: [
      { label: 'id_token_hint parameter', role: 'id_token' },
      { label: 'logout_token parameter', role: 'logout_token' },
    ],
  },
  {
    name: 'Cookie header with a plain cookie and chunk cookies name.0, name.1',
    input: `Cookie: theme=dark; at=${ACCESS}; authjs.session-token.0=${COOKIE_TOKEN.slice(0, HALF)}; authjs.session-token.1=${COOKIE_TOKEN.slice(HALF)}`,
    expected: [
      { label: 'cookie at', role: 'token' },
      { label: 'cookie authjs.session-token (2 chunks joined)', role: 'token' },
    ],
  },
  {
    name: 'Set-Cookie lines with chunks name0, name1',
    input: `Set-Cookie: sess0=${COOKIE_TOKEN.slice(0, HALF)}; Path=/; HttpOnly\nSet-Cookie: sess1=${COOKIE_TOKEN.slice(HALF)}; Path=/; HttpOnly`,
    expected: [{ label: 'cookie sess (2 chunks joined)', role: 'token' }],
  },
  {
    name: 'log line',
    input: `2026-11-30T10:00:00Z INFO auth: verified token="${LOGGED}" for user=bob`,
    expected: [{ label: 'token in a log line', role: 'token' }],
  },
  {
    name: 'a token wrapped over three lines',
    input: `Bearer ${LONG.slice(0, 60)}\n       ${LONG.slice(60, 130)}\n       ${LONG.slice(130)}\nHost: rs.example`,
    expected: [{ label: 'token (joined from 3 lines)', role: 'token' }],
  },
  {
    name: 'an SD-JWT with a disclosure, and a JWE',
    input: `presentation: ${SD_JWT}\nencrypted: ${JWE}.`,
    expected: [
      { label: 'token', role: 'token' },
      { label: 'token', role: 'token' },
    ],
  },
  {
    name: 'the same token twice is listed once',
    input: `${ID}\n\nagain: ${ID}`,
    expected: [{ label: 'token', role: 'token' }],
  },
  { name: 'version strings', input: 'upgraded from 1.2.3 to 10.0.1-rc.2 (node v20.11.1)', expected: [] },
  { name: 'a.b.c and eyJ without a header', input: 'a.b.c eyJ.eyJ.eyJ eyJub3QgYSBoZWFkZXI.x.y', expected: [] },
  { name: 'random base64', input: 'eyJmb28iOiJiYXIifQ SGVsbG8gd29ybGQ= dGhpcyBpcyBub3Q.YSB0b2tlbg.eA', expected: [] },
  {
    name: 'an email and a URL',
    input: 'mail alice@mail.example.com or see https://www.example.co.uk/a.b.c?x=1.2.3',
    expected: [],
  },
  {
    name: 'a header without alg',
    input: `${encodeJson({ typ: 'JWT' })}.${encodeJson({ sub: 'x' })}.c2ln`,
    expected: [],
  },
];

describe('findTokens', () => {
  it.each(rows)('$name', ({ input, expected }) => {
    const found = findTokens(input);
    expect(found.map(({ label, role, http }) => (http ? { label, role, http } : { label, role }))).toEqual(expected);
    const starts = found.map((f) => f.at.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of found) {
      if (!f.label.includes('joined')) expect(input.slice(f.at.start, f.at.end)).toBe(f.token);
    }
  });

  it('finds the exact tokens it labels', () => {
    const input = `Cookie: authjs.session-token.0=${COOKIE_TOKEN.slice(0, HALF)}; authjs.session-token.1=${COOKIE_TOKEN.slice(HALF)}\n${SD_JWT} ${JWE}.`;
    expect(findTokens(input).map((f) => f.token)).toEqual([COOKIE_TOKEN, SD_JWT, JWE]);
  });

  it('joins a wrapped token and spans its lines', () => {
    const input = `x ${LONG.slice(0, 70)}\n   ${LONG.slice(70)}`;
    const [found] = findTokens(input);
    expect(found?.token).toBe(LONG);
    expect(found?.at).toEqual({ start: 2, end: input.length });
  });

  it('keeps two tokens on consecutive lines apart', () => {
    expect(findTokens(`${ID}\n${ACCESS}`).map((f) => f.token)).toEqual([ID, ACCESS]);
  });

  it('reads 200,000 characters of noise with 1,000 tokens', () => {
    const noise = 'v1.2.3 alice@example.com a.b.c eyJ.x.y https://a.example/b.c ';
    const parts: string[] = [];
    for (let i = 0; i < 1000; i += 1) parts.push(noise.repeat(3), `jwt=${jws({ n: i })}\n`);
    const input = parts.join('');
    expect(input.length).toBeGreaterThan(200_000);
    expect(findTokens(input)).toHaveLength(1000);
  });

  it('finds exactly the tokens put into any text of non-token words', () => {
    const tokens = [ID, ACCESS, DPOP, JWE, SD_JWT];
    const word = fc.stringMatching(/^[ -~]{0,12}$/).filter((w) => !w.includes('eyJ'));
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom(...tokens)), { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ');
        const expected = [...new Set(pieces.filter((p) => tokens.includes(p)))];
        expect(findTokens(text).map((f) => f.token)).toEqual(expected);
      }),
    );
  });
});
