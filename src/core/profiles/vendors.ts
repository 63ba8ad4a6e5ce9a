import type { FindingCode } from '../findings/catalogue';
import type { JsonObject, Severity } from '../types';
import type { ProfileId } from './types';

/** One condition on a header parameter or a claim; all of a note's conditions must hold. */
export interface VendorCondition {
  in: 'header' | 'payload';
  name: string;
  /** The value (or, for an array, one of its items) equals one of these. */
  equals?: string[];
  /** The value (a string) matches. */
  matches?: RegExp;
}

/** Something a vendor does that the specs do not say, and what it means for the person debugging. */
export interface VendorNote {
  id: string;
  vendor: string;
  when: VendorCondition[];
  code: FindingCode;
  severity?: Severity;
  message: string;
}

const GRAPH_AUDIENCES = [
  '00000003-0000-0000-c000-000000000000',
  'https://graph.microsoft.com',
  'https://graph.microsoft.com/',
];
const COGNITO = /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[\w-]+$/;

/** Vendor knowledge as data: the engine matches the conditions, nothing here is a code branch. */
export const VENDOR_NOTES: readonly VendorNote[] = [
  {
    id: 'graph-header-nonce',
    vendor: 'Microsoft Entra ID',
    when: [
      { in: 'header', name: 'nonce', matches: /.*/ },
      { in: 'payload', name: 'aud', equals: GRAPH_AUDIENCES },
    ],
    code: 'vendor-graph-header-nonce',
    message:
      'A Microsoft Graph access token: Entra signs it over a hash of the header nonce, not the nonce you see, so only Graph can verify it and every other check says "signature invalid". Do not validate Graph tokens in your own API — request a token for your API (its own scope) instead.',
  },
  {
    id: 'entra-v1-issuer',
    vendor: 'Microsoft Entra ID',
    when: [{ in: 'payload', name: 'iss', matches: /^https:\/\/sts\.windows\.net\/[^/]+\/$/ }],
    code: 'vendor-note',
    message:
      'An Entra ID v1.0 token (iss https://sts.windows.net/{tenant}/). v2.0 tokens say https://login.microsoftonline.com/{tenant}/v2.0; which one an API gets is set by its accessTokenAcceptedVersion, not by the endpoint the client called — expect the issuer that matches.',
  },
  {
    id: 'entra-v2-issuer',
    vendor: 'Microsoft Entra ID',
    when: [{ in: 'payload', name: 'iss', matches: /^https:\/\/login\.microsoftonline\.com\/[^/]+\/v2\.0$/ }],
    code: 'vendor-note',
    message:
      'An Entra ID v2.0 token. The issuer holds the tenant ID; a multi-tenant app must check tid itself (the {tenantid} in the common discovery document is a template, not a value).',
  },
  {
    id: 'google-issuer-spellings',
    vendor: 'Google',
    when: [{ in: 'payload', name: 'iss', equals: ['accounts.google.com', 'https://accounts.google.com'] }],
    code: 'vendor-note',
    message:
      'Google issues ID tokens with either "accounts.google.com" or "https://accounts.google.com" as iss; Google’s documentation says to accept both.',
  },
  {
    id: 'cognito-access-token',
    vendor: 'Amazon Cognito',
    when: [
      { in: 'payload', name: 'iss', matches: COGNITO },
      { in: 'payload', name: 'token_use', equals: ['access'] },
    ],
    code: 'vendor-note',
    message:
      'A Cognito access token: it has client_id but no aud, and is not an RFC 9068 token. Check token_use is "access" and client_id is your app client.',
  },
  {
    id: 'cognito-id-token',
    vendor: 'Amazon Cognito',
    when: [
      { in: 'payload', name: 'iss', matches: COGNITO },
      { in: 'payload', name: 'token_use', equals: ['id'] },
    ],
    code: 'vendor-note',
    message:
      'A Cognito ID token (token_use "id"): aud is the app client ID. An API must refuse it — it takes access tokens.',
  },
  {
    id: 'auth0-userinfo-audience',
    vendor: 'Auth0',
    when: [{ in: 'payload', name: 'aud', matches: /^https:\/\/[^/]+\/userinfo$/ }],
    code: 'vendor-note',
    message:
      'Auth0 adds https://{tenant}/userinfo to aud when the scope includes openid; your API’s identifier is the other audience.',
  },
  {
    id: 'okta-cid',
    vendor: 'Okta',
    when: [
      { in: 'payload', name: 'cid', matches: /.+/ },
      { in: 'payload', name: 'iss', matches: /^https:\/\/[^/]+\.(okta|oktapreview|okta-emea)\.com\// },
    ],
    code: 'vendor-note',
    message:
      'An Okta access token: cid is the client ID and aud the authorization server’s audience (api://default unless configured), not the client.',
  },
  {
    id: 'keycloak-payload-typ',
    vendor: 'Keycloak',
    when: [
      { in: 'payload', name: 'typ', equals: ['ID', 'Bearer', 'Refresh', 'Logout'] },
      { in: 'payload', name: 'iss', matches: /\/realms\/[^/]+$/ },
    ],
    code: 'vendor-note',
    message:
      'A Keycloak token: the typ claim in the payload (ID, Bearer, Refresh) is Keycloak’s own kind, not the JOSE typ; azp is the client ID, and access tokens carry aud "account" unless an audience mapper adds your API.',
  },
];

/** Vendor claims that say what a token is when no standard signal does. */
export const VENDOR_PROFILE_HINTS: ReadonlyArray<{ vendor: string; claim: string; value: string; profile: ProfileId }> =
  [
    { vendor: 'Amazon Cognito', claim: 'token_use', value: 'id', profile: 'id-token' },
    { vendor: 'Keycloak', claim: 'typ', value: 'ID', profile: 'id-token' },
  ];

/** Whether every condition of a note holds for this header and these claims. */
export function matchesVendorNote(note: VendorNote, header: JsonObject | null, claims: JsonObject): boolean {
  return note.when.every((condition) => {
    const source = condition.in === 'header' ? header : claims;
    if (source === null || !Object.hasOwn(source, condition.name)) return false;
    const value = source[condition.name];
    const values = Array.isArray(value) ? value : [value];
    return values.some(
      (item) =>
        typeof item === 'string' &&
        (condition.equals === undefined || condition.equals.includes(item)) &&
        (condition.matches === undefined || condition.matches.test(item)),
    );
  });
}
