export type FlowStatus = 'passed' | 'failed' | 'skipped' | 'not-applicable';
export type FlowActor = 'issuer' | 'receiver' | 'key-server';

/** One step of a token's life, as the report shows it happened (or not). Plain text, not escaped. */
export interface FlowStep {
  /** Generated ("s1", "s2", …), never derived from the token; the diagram's node id. */
  id: string;
  label: string;
  status: FlowStatus;
  detail: string;
  actor: FlowActor;
}

/** The page's theme, which the status colours follow; mermaid's own theme is the renderer's. */
export type DiagramTheme = 'light' | 'dark';

export interface FlowContext {
  /** Where the verification keys came from; default 'pasted'. */
  keySource?: 'pasted' | 'jwks-url' | 'discovery';
  jwksUri?: string | null;
  /** Default 'light'. */
  theme?: DiagramTheme;
}

/**
 * Another token (or value) the user gave with this one, tied to it by a profile check: an access token by
 * at_hash or ath, a DPoP proof by ath and cnf.jkt, a code by c_hash, a state by s_hash. Plain text.
 */
export interface FlowLink {
  /** Generated ("g1", …): the other token's node id; one node per given input, however many links. */
  from: string;
  /** What the other token is: "Access token (given)". */
  label: string;
  /** What ties them: "at_hash", "ath", "cnf.jkt". */
  via: string;
  status: 'passed' | 'failed';
  /** The id of the check's step. */
  to: string;
}

export interface FlowDiagram {
  /** Mermaid source: every token-derived string escaped, no directives, no click handlers. */
  source: string;
  steps: FlowStep[];
  links: FlowLink[];
}

/** A step before ids are assigned, with its facts kept apart so a diagram can put each on a line. */
export interface PlannedStep {
  kind:
    | 'decode'
    | 'build'
    | 'sign'
    | 'encrypt'
    | 'decrypt'
    | 'read-kid'
    | 'fetch-keys'
    | 'select-key'
    | 'verify'
    | 'disclosures'
    | 'key-binding'
    | 'claims'
    | 'profile'
    | 'profile-check'
    | 'use';
  label: string;
  status: FlowStatus;
  facts: string[];
  actor: FlowActor;
  /** Of a `profile-check` step: the name of the profile rule it draws. */
  rule?: string;
  /** Of a `select-key` step whose key came from the token's own header (a DPoP proof's jwk), not the inputs. */
  keyFrom?: 'token-header';
}

/** A link before ids are assigned: the given input, what ties it, and the rule whose check says so. */
export interface PlannedLink {
  input: 'accessToken' | 'code' | 'state' | 'dpopProof';
  label: string;
  via: string;
  status: 'passed' | 'failed';
  /** The rule's name: its `profile-check` step, or the profile's step when the rule is not drawn. */
  rule: string;
}

/** Steps in order; each stage's steps happen side by side (one per signature or recipient). */
export interface FlowPlan {
  issuer: PlannedStep[][];
  receiver: PlannedStep[][];
  links: PlannedLink[];
}
