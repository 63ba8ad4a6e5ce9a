import type { ProfileContext, ProfileId } from '../profiles/types';
import type { Finding } from '../types';

/** The token profiles the issuer has a template for. */
export type TemplateId = Extract<
  ProfileId,
  'id-token' | 'access-token' | 'dpop-proof' | 'logout-token' | 'client-assertion' | 'request-object'
>;

/** Every value a template may ask for; each template lists the ones it uses. */
export type TemplateInputName =
  | 'issuer'
  | 'subject'
  | 'clientId'
  | 'audience'
  | 'scope'
  | 'nonce'
  | 'accessToken'
  | 'code'
  | 'state'
  | 'httpMethod'
  | 'httpUri'
  | 'dpopNonce'
  | 'dpopKey'
  | 'sessionId'
  | 'responseType'
  | 'redirectUri';

/** The inputs as a template reads them: trimmed, and '' for one left empty or not asked for. */
export type TemplateValues = Readonly<Record<TemplateInputName, string>>;

export interface TemplateInput {
  name: TemplateInputName;
  label: string;
  /** What it becomes in the token, in one line. */
  hint: string;
  /** The starting value; '' for an optional input. */
  value: string;
  /** A token or a key: several lines. */
  isMultiline?: boolean;
}

export interface TemplateRequest {
  values: TemplateValues;
  /** The signing alg chosen ("none" for an unsecured token). */
  alg: string;
  /** The signing key as pasted, for a template that puts its public half in the header. */
  signingKey: string;
  /** Seconds since the epoch. */
  now: number;
  /** A fresh random jti. */
  jti: string;
}

/** What a template makes: the header and claims, and what the relying party knows to check them. */
export interface TemplateParts {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** For the inspector's "Validate as" context: the links to check (access token, nonce, HTTP request…). */
  context: ProfileContext;
  /** The audience the receiver expects (its own identifier). */
  expectedAudience: string;
  /** What the template did that the user should know (a query cut from htu, a jwk still missing…). */
  notes: string[];
}

export type TemplateOutcome = ({ ok: true } & TemplateParts) | { ok: false; findings: Finding[] };

/** One row of the template table. */
export interface ProfileTemplate {
  id: TemplateId;
  title: string;
  /** The spec sections the template follows. */
  ref: string;
  inputs: readonly TemplateInput[];
  /**
   * The members whose value comes from an input, the alg or the key: refreshed when those change. Times,
   * jti and members the user added stay as they are.
   */
  linked: { header: readonly string[]; claims: readonly string[] };
  /** The token is checked with the public key in its own header (DPoP), so no other key goes with it. */
  hasKeyInHeader: boolean;
  /** What the template reads besides its inputs, so a change to them refreshes it. */
  reads: { alg: boolean; key: boolean };
  build: (request: TemplateRequest) => TemplateOutcome | Promise<TemplateOutcome>;
}
