import { makeFinding } from '../findings/make-finding';
import { computeAth } from '../profiles/compute-link-facts';
import { BACKCHANNEL_LOGOUT_EVENT } from '../profiles/events-rule';
import { MAX_ACCESS_TOKEN_LIFETIME_SEC } from './find-issue-warnings';
import { checkAsymmetricAlg, computeHalfHashClaims, readJktInput, readPublicJwk, toHtu } from './template-links';
import type { ProfileTemplate, TemplateId, TemplateInput, TemplateOutcome, TemplateParts } from './template-types';

const EXAMPLE_ISSUER = 'https://issuer.jwt-lens.example';

const ISSUER: TemplateInput = { name: 'issuer', label: 'Issuer', hint: 'iss', value: EXAMPLE_ISSUER };
const SUBJECT: TemplateInput = { name: 'subject', label: 'Subject', hint: 'sub', value: 'user-123' };
const clientId = (hint: string): TemplateInput => ({ name: 'clientId', label: 'Client ID', hint, value: 's6BhdRkqt3' });
const nonce = (value: string, hint = 'nonce, as sent in the authorization request'): TemplateInput => ({
  name: 'nonce',
  label: 'Nonce',
  hint,
  value,
});

/** The members that are set, in order: an input left empty leaves its claim out. */
function present<T extends Record<string, unknown>>(entries: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== '' && value !== undefined),
  ) as Partial<T>;
}

const made = (parts: Omit<TemplateParts, 'notes'> & { notes?: string[] }): TemplateOutcome => ({
  ok: true,
  notes: [],
  ...parts,
});

/**
 * One template per token profile: the header and claims a correct token of that profile has (its typ,
 * the claims the profile requires, sensible times, a random jti), the inputs it asks for, and the values
 * that link it to other tokens (at_hash, ath, cnf.jkt) computed the way the inspector checks them.
 */
export const PROFILE_TEMPLATES: Readonly<Record<TemplateId, ProfileTemplate>> = {
  'id-token': {
    id: 'id-token',
    title: 'ID token',
    ref: 'OIDC Core §2, §3.1.3.6, §3.3.2.11',
    inputs: [
      ISSUER,
      SUBJECT,
      clientId('aud and azp'),
      nonce('n-0S6_WzA2Mj'),
      {
        name: 'accessToken',
        label: 'Access token for at_hash',
        hint: 'at_hash: left half of the alg’s hash over it (optional)',
        value: '',
        isMultiline: true,
      },
      { name: 'code', label: 'Authorization code for c_hash', hint: 'c_hash (hybrid flow; optional)', value: '' },
      { name: 'state', label: 'State for s_hash', hint: 's_hash (FAPI; optional)', value: '' },
    ],
    linked: { header: [], claims: ['iss', 'sub', 'aud', 'azp', 'nonce', 'at_hash', 'c_hash', 's_hash'] },
    hasKeyInHeader: false,
    reads: { alg: true, key: false },
    build: async ({ values: v, alg, now }) => {
      const hashes = await computeHalfHashClaims(alg, { at_hash: v.accessToken, c_hash: v.code, s_hash: v.state });
      if (!hashes.ok) return hashes;
      return made({
        header: { typ: 'JWT' },
        claims: present({
          iss: v.issuer,
          sub: v.subject,
          aud: v.clientId,
          azp: v.clientId,
          iat: now,
          exp: now + 3600,
          auth_time: now,
          nonce: v.nonce,
          ...hashes.value,
        }),
        context: present({
          clientId: v.clientId,
          nonce: v.nonce,
          accessToken: v.accessToken,
          code: v.code,
          state: v.state,
        }),
        expectedAudience: v.clientId,
      });
    },
  },
  'access-token': {
    id: 'access-token',
    title: 'Access token (RFC 9068)',
    ref: 'RFC 9068 §2, RFC 9449 §6.1',
    inputs: [
      ISSUER,
      {
        name: 'audience',
        label: 'Audience',
        hint: 'aud: the API (resource server)',
        value: 'https://api.jwt-lens.example',
      },
      clientId('client_id'),
      SUBJECT,
      { name: 'scope', label: 'Scope', hint: 'scope, space-separated', value: 'read:items' },
      {
        name: 'dpopKey',
        label: 'DPoP key or its thumbprint',
        hint: 'cnf.jkt: binds the token to the client’s DPoP key (optional)',
        value: '',
        isMultiline: true,
      },
    ],
    linked: { header: [], claims: ['iss', 'aud', 'client_id', 'sub', 'scope', 'cnf'] },
    hasKeyInHeader: false,
    reads: { alg: false, key: false },
    build: async ({ values: v, now, jti }) => {
      const jkt = v.dpopKey === '' ? null : await readJktInput(v.dpopKey);
      if (jkt && !jkt.ok) return jkt;
      return made({
        header: { typ: 'at+jwt' },
        claims: present({
          iss: v.issuer,
          exp: now + MAX_ACCESS_TOKEN_LIFETIME_SEC,
          aud: v.audience,
          sub: v.subject,
          client_id: v.clientId,
          iat: now,
          jti,
          scope: v.scope,
          cnf: jkt ? { jkt: jkt.value } : undefined,
        }),
        context: present({ clientId: v.clientId }),
        expectedAudience: v.audience,
      });
    },
  },
  'dpop-proof': {
    id: 'dpop-proof',
    title: 'DPoP proof',
    ref: 'RFC 9449 §4.2',
    inputs: [
      { name: 'httpMethod', label: 'HTTP method', hint: 'htm', value: 'POST' },
      {
        name: 'httpUri',
        label: 'HTTP URI',
        hint: 'htu: the request URI without query and fragment',
        value: `${EXAMPLE_ISSUER}/token`,
      },
      {
        name: 'accessToken',
        label: 'Access token for ath',
        hint: 'ath: SHA-256 of the access token sent with the proof (optional)',
        value: '',
        isMultiline: true,
      },
      { name: 'dpopNonce', label: 'Server nonce', hint: 'nonce: the server’s DPoP-Nonce (optional)', value: '' },
    ],
    linked: { header: ['jwk'], claims: ['htm', 'htu', 'ath', 'nonce'] },
    hasKeyInHeader: true,
    reads: { alg: true, key: true },
    build: async ({ values: v, alg, signingKey, now, jti }) => {
      const algProblem = checkAsymmetricAlg(alg, 'RFC 9449 §4.3 step 5');
      if (algProblem) return { ok: false, findings: [algProblem] };
      const htu = toHtu(v.httpUri);
      if (!htu.ok) return htu;
      if (v.httpMethod === '') {
        const message = 'Give the HTTP method of the request the proof is for (htm, RFC 9449 §4.2).';
        return { ok: false, findings: [makeFinding('issue-failed', message)] };
      }
      const notes: string[] = [];
      if (htu.value.isCut) notes.push(`htu is ${htu.value.htu}: the query and fragment are left out (RFC 9449 §4.2).`);
      // A key still being typed or pasted leaves the jwk out (never a stale one) and says why.
      const jwk = signingKey.trim() === '' ? null : await readPublicJwk(signingKey, alg);
      if (jwk === null) notes.push('The header’s jwk appears once a signing key is given: its public half.');
      else if (!jwk.ok) notes.push(`No header jwk yet: ${jwk.findings.map((f) => f.message).join(' ')}`);
      return made({
        header: present({ typ: 'dpop+jwt', jwk: jwk?.ok ? jwk.value : undefined }),
        claims: present({
          jti,
          htm: v.httpMethod,
          htu: htu.value.htu,
          iat: now,
          ath: v.accessToken === '' ? '' : await computeAth(v.accessToken),
          nonce: v.dpopNonce,
        }),
        context: present({
          httpMethod: v.httpMethod,
          httpUri: v.httpUri,
          accessToken: v.accessToken,
          dpopNonce: v.dpopNonce,
        }),
        expectedAudience: '',
        notes,
      });
    },
  },
  'logout-token': {
    id: 'logout-token',
    title: 'Logout token',
    ref: 'OIDC Back-Channel Logout §2.4',
    inputs: [
      ISSUER,
      clientId('aud: the client told of the logout'),
      SUBJECT,
      {
        name: 'sessionId',
        label: 'Session ID',
        hint: 'sid; give a subject, a session or both',
        value: '08a5019c-17e1-4977-8f42-65a12843ea02',
      },
    ],
    linked: { header: [], claims: ['iss', 'aud', 'sub', 'sid'] },
    hasKeyInHeader: false,
    reads: { alg: false, key: false },
    build: ({ values: v, now, jti }) => {
      if (v.subject === '' && v.sessionId === '') {
        const message = 'A logout token names the user (sub), the session (sid) or both (Back-Channel Logout §2.4).';
        return { ok: false, findings: [makeFinding('issue-failed', message)] };
      }
      return made({
        header: { typ: 'logout+jwt' },
        claims: present({
          iss: v.issuer,
          sub: v.subject,
          aud: v.clientId,
          iat: now,
          exp: now + 120,
          jti,
          events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
          sid: v.sessionId,
        }),
        context: present({ clientId: v.clientId }),
        expectedAudience: v.clientId,
      });
    },
  },
  'client-assertion': {
    id: 'client-assertion',
    title: 'Client assertion',
    ref: 'RFC 7523 §3, OIDC Core §9',
    inputs: [
      clientId('iss and sub'),
      {
        name: 'audience',
        label: 'Token endpoint',
        hint: 'aud: the authorization server’s token endpoint (or its issuer)',
        value: `${EXAMPLE_ISSUER}/token`,
      },
    ],
    linked: { header: [], claims: ['iss', 'sub', 'aud'] },
    hasKeyInHeader: false,
    reads: { alg: false, key: false },
    build: ({ values: v, now, jti }) =>
      made({
        header: { typ: 'client-authentication+jwt' },
        claims: present({ iss: v.clientId, sub: v.clientId, aud: v.audience, iat: now, exp: now + 300, jti }),
        context: present({ clientId: v.clientId }),
        expectedAudience: v.audience,
      }),
  },
  'request-object': {
    id: 'request-object',
    title: 'Request object (JAR)',
    ref: 'RFC 9101 §4, §10.8',
    inputs: [
      clientId('iss and client_id'),
      { name: 'audience', label: 'Authorization server', hint: 'aud: its issuer identifier', value: EXAMPLE_ISSUER },
      { name: 'responseType', label: 'Response type', hint: 'response_type', value: 'code' },
      {
        name: 'redirectUri',
        label: 'Redirect URI',
        hint: 'redirect_uri',
        value: 'https://client.jwt-lens.example/callback',
      },
      { name: 'scope', label: 'Scope', hint: 'scope, space-separated', value: 'openid profile' },
      { name: 'state', label: 'State', hint: 'state', value: 'af0ifjsldkj' },
      nonce('n-0S6_WzA2Mj', 'nonce'),
    ],
    linked: {
      header: [],
      claims: ['iss', 'aud', 'client_id', 'response_type', 'redirect_uri', 'scope', 'state', 'nonce'],
    },
    hasKeyInHeader: false,
    reads: { alg: false, key: false },
    build: ({ values: v, now, jti }) =>
      made({
        header: { typ: 'oauth-authz-req+jwt' },
        claims: present({
          iss: v.clientId,
          aud: v.audience,
          client_id: v.clientId,
          response_type: v.responseType,
          redirect_uri: v.redirectUri,
          scope: v.scope,
          state: v.state,
          nonce: v.nonce,
          iat: now,
          nbf: now,
          exp: now + 300,
          jti,
        }),
        context: present({ clientId: v.clientId }),
        expectedAudience: v.audience,
      }),
  },
};

export const TEMPLATE_IDS = Object.keys(PROFILE_TEMPLATES) as TemplateId[];
