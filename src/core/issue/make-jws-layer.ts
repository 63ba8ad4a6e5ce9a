import { isUnsecuredAlg } from '../algorithms/registry';
import { makeFinding } from '../findings/make-finding';
import { describeError } from '../keys/describe-error';
import type { Finding } from '../types';
import { buildProtectedHeader } from './build-protected-header';
import { checkSigningAlg } from './check-issue-algorithms';
import { describeDecoderKey } from './decoder-key';
import { findShortSecret } from './find-issue-warnings';
import { readIssueKey } from './read-issue-key';
import { makeUnsecured, signPayload } from './sign-payload';
import type { IssueRequest, IssueSerialization } from './types';

/** One layer made: the token, the key text the decoder needs for it, and its guard-rail warnings. */
export type LayerResult =
  { ok: true; token: string; decoderKey: string | null; warnings: Finding[] } | { ok: false; findings: Finding[] };

/**
 * Makes the JWS layer (RFC 7515 §5.1): checks the alg against the registry, reads the private key or
 * secret, fills "kid", signs. alg "none" (RFC 7518 §3.6) only with the unsecured switch, and loudly.
 */
export async function makeJwsLayer(
  payload: Uint8Array,
  userHeader: Readonly<Record<string, unknown>>,
  request: Pick<IssueRequest, 'signing' | 'allowUnsecured'>,
  serialization: IssueSerialization,
): Promise<LayerResult> {
  const signing = request.signing;
  if (signing === undefined)
    return refuse(makeFinding('issue-failed', 'Choose a signing algorithm and give the signing key.'));
  if (isUnsecuredAlg(signing.alg)) return makeUnsecuredLayer(payload, userHeader, signing.alg, request, serialization);
  const algProblem = checkSigningAlg(signing.alg);
  if (algProblem !== null) return refuse(algProblem);
  const key = await readIssueKey({
    text: signing.key,
    secretEncoding: signing.secretEncoding,
    alg: signing.alg,
    operation: 'sign',
    role: 'Signing key',
    headerKid: Object.hasOwn(userHeader, 'kid') ? userHeader.kid : undefined,
  });
  if (!key.ok) return key;
  const built = buildProtectedHeader(userHeader, { alg: signing.alg, kid: key.value.kid });
  if (!built.ok) return refuse(built.finding);
  try {
    const token = await signPayload(payload, built.header, key.value.key, serialization);
    const shortSecret = findShortSecret(key.value.candidate, signing.alg);
    return {
      ok: true,
      token,
      decoderKey: describeDecoderKey(key.value, signing, built.header, 'sign'),
      warnings: shortSecret === null ? [] : [shortSecret],
    };
  } catch (error) {
    return refuse(makeFinding('issue-failed', `Signing failed: ${describeError(error)}.`));
  }
}

function makeUnsecuredLayer(
  payload: Uint8Array,
  userHeader: Readonly<Record<string, unknown>>,
  alg: string,
  request: Pick<IssueRequest, 'allowUnsecured'>,
  serialization: IssueSerialization,
): LayerResult {
  if (request.allowUnsecured !== true) {
    const message =
      `alg "${alg}" makes an unsecured token that anyone can forge. To make one for testing that ` +
      'validators reject it, turn on the unsecured switch.';
    return refuse(makeFinding('alg-none', message, { severity: 'error' }));
  }
  const built = buildProtectedHeader(userHeader, { alg });
  if (!built.ok) return refuse(built.finding);
  const warning = makeFinding(
    'issue-unsecured',
    `This token is unsecured (alg "${alg}"): it has no signature, so anyone can change its claims. Any validator that accepts it is broken.`,
  );
  return { ok: true, token: makeUnsecured(payload, built.header, serialization), decoderKey: '', warnings: [warning] };
}

export function refuse(finding: Finding): LayerResult {
  return { ok: false, findings: [finding] };
}
