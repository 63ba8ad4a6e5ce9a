import { describe, expect, it } from 'vitest';
import { compactJws, encodeJson } from '../../../test-support/build-token';
import { decodeToken } from '../decode/decode-token';
import { isWholeToken } from './is-whole-token';

const TOKEN = compactJws();
const whole = (text: string) => isWholeToken(decodeToken(text));

describe('isWholeToken', () => {
  it.each([
    ['a token', TOKEN],
    ['a token in quotes after Authorization: Bearer', `Authorization: Bearer "${TOKEN}"`],
    ['a token with a bad character', `${TOKEN.slice(0, 30)}%${TOKEN.slice(31)}`],
    ['a token with characters no copy puts in one', `${TOKEN.slice(0, -3)}@@@`],
    ['a token with a quote inside it', `${TOKEN.slice(0, 20)}"${TOKEN.slice(21)}`],
    ['a token broken by line breaks only', `${TOKEN.slice(0, 30)}\n${TOKEN.slice(30)}`],
    ['a token with a space inside its signature', `${TOKEN.slice(0, -10)} ${TOKEN.slice(-10)}`],
    [
      'a JWS JSON serialization',
      JSON.stringify({
        payload: encodeJson({ a: 1 }),
        signatures: [{ protected: encodeJson({ alg: 'HS256' }), signature: 'c2ln' }],
      }),
    ],
  ])('judges %s whole', (_name, text) => {
    expect(whole(text)).toBe(true);
  });

  it.each([
    ['a curl command', `curl -H "Authorization: Bearer ${TOKEN}" https://api.example`],
    ['a token and words after it', `${TOKEN} (expired)`],
    ['two tokens on one line', `${TOKEN} ${TOKEN}`],
    ['a token wrapped with indentation', `${TOKEN.slice(0, 30)}\n    ${TOKEN.slice(30)}`],
    ['a redirect URL', `https://client.example/cb#id_token=${TOKEN}`],
    ['a token response', JSON.stringify({ access_token: TOKEN, token_type: 'Bearer' })],
    ['a log line', `level=info token=${TOKEN}`],
    ['a fragment that starts with a token', `${TOKEN}&access_token=${TOKEN}`],
    ['a token and a cookie after it', `${TOKEN};other=${TOKEN}`],
  ])('searches %s', (_name, text) => {
    expect(whole(text)).toBe(false);
  });
});
