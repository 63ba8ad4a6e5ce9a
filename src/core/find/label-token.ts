import type { TokenRole } from './types';

/** How far back from a token its context is read: enough for a long Cookie header, and bounded. */
const CONTEXT_CHARS = 2000;

const AUTHORIZATION = /authorization\s*:\s*(bearer|dpop)\s+$/i;
const DPOP_HEADER = /(?:^|[^\w-])dpop\s*:\s*$/i;
const COOKIE_LINE = /(?:^|[^\w-])(?:set-)?cookie\s*:|(?:^|\s)(?:-b|--cookie)\s/i;
const COOKIE_NAME = /(?:^|[\s;:'"])([!#$%&*+\-.^_|~0-9A-Za-z]{1,256})=["']?$/;
const JSON_MEMBER = /"([A-Za-z_]{1,64})"\s*:\s*"$/;
const PARAMETER = /(?:^|[^A-Za-z0-9_])([A-Za-z_]{1,64})=$/;
/** A form_post response page (OAuth 2.0 Form Post Response Mode §2): `<input type="hidden" name="id_token" value="…`. */
const HTML_INPUT = /name=["']([A-Za-z_]{1,64})["'][^<>]{0,200}?value=["']$/i;
const LOG_FIELD = /(?:^|[^A-Za-z0-9_])(token|jwt)\s*[=:]\s*["']?$/i;

/** Members of a token-endpoint response or request object (RFC 6749 §5.1, OIDC Core §3.1.3.3, …). */
const JSON_ROLES: Readonly<Record<string, TokenRole>> = {
  id_token: 'id_token',
  access_token: 'access_token',
  refresh_token: 'refresh_token',
  logout_token: 'logout_token',
  client_assertion: 'client_assertion',
  request: 'request',
};
/** Form, query and fragment parameters (RFC 6749 §4.2.2, RFC 7523 §2.2, OIDC Core §3.1.2.1, JARM). */
const PARAMETER_ROLES: Readonly<Record<string, TokenRole>> = {
  id_token: 'id_token',
  access_token: 'access_token',
  client_assertion: 'client_assertion',
  logout_token: 'logout_token',
  request: 'request',
  id_token_hint: 'id_token',
  response: 'response',
};

/** Where a token sat, as far as grouping it with others goes (find-tokens.ts). */
export type LabelKind = 'header' | 'cookie' | 'json' | 'parameter' | 'log' | 'bare';

/** Members of a token-endpoint response (RFC 6749 §5.1, OIDC Core §3.1.3.3). */
const TOKEN_RESPONSE_MEMBERS = new Set(['id_token', 'access_token', 'refresh_token']);

/** Label and role of a token from the text just before it on its line. */
export function labelToken(text: string, start: number): { label: string; role: TokenRole; kind: LabelKind } {
  // Sliced before searching for the line start, so a megabyte-long line costs each token a bounded read.
  const window = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const before = window.slice(window.lastIndexOf('\n') + 1);

  const scheme = AUTHORIZATION.exec(before)?.[1];
  if (scheme !== undefined) {
    const isDpop = scheme.toLowerCase() === 'dpop';
    const label = isDpop ? 'Authorization header (DPoP-bound)' : 'Authorization header';
    return { label, role: 'access_token', kind: 'header' };
  }
  if (DPOP_HEADER.test(before)) return { label: 'DPoP header', role: 'dpop', kind: 'header' };
  const cookie = COOKIE_LINE.test(before) ? COOKIE_NAME.exec(before)?.[1] : undefined;
  if (cookie !== undefined) return { label: `cookie ${cookie}`, role: 'token', kind: 'cookie' };
  const member = JSON_MEMBER.exec(before)?.[1];
  if (member !== undefined && Object.hasOwn(JSON_ROLES, member)) {
    const where = TOKEN_RESPONSE_MEMBERS.has(member) ? 'the token response' : 'JSON';
    return { label: `${member} in ${where}`, role: JSON_ROLES[member] ?? 'token', kind: 'json' };
  }
  const parameter = PARAMETER.exec(before)?.[1] ?? HTML_INPUT.exec(before)?.[1];
  if (parameter !== undefined && Object.hasOwn(PARAMETER_ROLES, parameter)) {
    return { label: `${parameter} parameter`, role: PARAMETER_ROLES[parameter] ?? 'token', kind: 'parameter' };
  }
  const field = LOG_FIELD.exec(before)?.[1];
  if (field !== undefined) return { label: `${field} in a log line`, role: 'token', kind: 'log' };
  return { label: 'token', role: 'token', kind: 'bare' };
}
