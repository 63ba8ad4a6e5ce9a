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

export interface FlowDiagram {
  /** Mermaid source: every token-derived string escaped, no directives, no click handlers. */
  source: string;
  steps: FlowStep[];
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
    | 'claims'
    | 'use';
  label: string;
  status: FlowStatus;
  facts: string[];
  actor: FlowActor;
}

/** Steps in order; each stage's steps happen side by side (one per signature or recipient). */
export interface FlowPlan {
  issuer: PlannedStep[][];
  receiver: PlannedStep[][];
}
