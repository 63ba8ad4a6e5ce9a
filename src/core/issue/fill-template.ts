import { lookUpJwsAlgorithm } from '../algorithms/registry';
import { makeFinding } from '../findings/make-finding';
import { isJsonObject } from '../json/is-json-object';
import { describeError } from '../keys/describe-error';
import { PROFILE_TEMPLATES } from './profile-templates';
import { makeJti } from './template-links';
import type { TemplateId, TemplateInputName, TemplateOutcome, TemplateValues } from './template-types';

export interface TemplateFillRequest {
  /** The user's inputs by name; a missing one is empty. */
  inputs: Readonly<Partial<Record<TemplateInputName, string>>>;
  alg: string;
  signingKey?: string;
  /** Seconds since the epoch; default: the clock. */
  now?: number;
}

const NO_VALUES: TemplateValues = {
  issuer: '',
  subject: '',
  clientId: '',
  audience: '',
  scope: '',
  nonce: '',
  accessToken: '',
  code: '',
  state: '',
  httpMethod: '',
  httpUri: '',
  dpopNonce: '',
  dpopKey: '',
  sessionId: '',
  responseType: '',
  redirectUri: '',
};

/** A template's inputs at their starting values. */
export function listTemplateDefaults(id: TemplateId): Record<TemplateInputName, string> {
  const values: Record<TemplateInputName, string> = { ...NO_VALUES };
  for (const input of PROFILE_TEMPLATES[id].inputs) values[input.name] = input.value;
  return values;
}

/**
 * Fills a template (`PROFILE_TEMPLATES`) for the chosen alg and key: the header and claims of a correct
 * token of that profile, the context the inspector needs to check its links, or why it cannot be made.
 * Only the template's own inputs are read, trimmed (a token pasted with a line break hashes as the token).
 */
export async function fillTemplate(id: TemplateId, request: TemplateFillRequest): Promise<TemplateOutcome> {
  const template = PROFILE_TEMPLATES[id];
  const values: Record<TemplateInputName, string> = { ...NO_VALUES };
  for (const { name } of template.inputs) values[name] = (request.inputs[name] ?? '').trim();
  try {
    return await template.build({
      values,
      alg: request.alg,
      signingKey: request.signingKey ?? '',
      now: Math.floor(request.now ?? Date.now() / 1000),
      jti: makeJti(),
    });
  } catch (error) {
    const message = `The ${template.title} template could not be filled: ${describeError(error)}.`;
    return { ok: false, findings: [makeFinding('issue-failed', message)] };
  }
}

/**
 * The alg to switch to when a template is chosen: the current one when the profile allows it, else ES256
 * (a DPoP proof needs an asymmetric signature, RFC 9449 §4.3 step 5).
 */
export function fitTemplateAlg(id: TemplateId, alg: string): string {
  if (!PROFILE_TEMPLATES[id].hasKeyInHeader) return alg;
  const family = lookUpJwsAlgorithm(alg)?.family;
  return family === undefined || family === 'HMAC' ? 'ES256' : alg;
}

/**
 * `current` with the template's linked members set from `fresh`: each linked member takes the fresh
 * value, or leaves when the fresh object has none (an input emptied); every other member keeps its value
 * and place, new ones go last. Own entries only, so a "__proto__" member stays an ordinary member.
 */
export function mergeLinkedMembers(
  current: unknown,
  fresh: Record<string, unknown>,
  linked: readonly string[],
): unknown {
  if (!isJsonObject(current)) return current;
  const kept = Object.entries(current).flatMap(([name, value]): [string, unknown][] => {
    if (!linked.includes(name)) return [[name, value]];
    return Object.hasOwn(fresh, name) ? [[name, fresh[name]]] : [];
  });
  const added = linked
    .filter((name) => !Object.hasOwn(current, name) && Object.hasOwn(fresh, name))
    .map((name): [string, unknown] => [name, fresh[name]]);
  return Object.fromEntries([...kept, ...added]);
}
