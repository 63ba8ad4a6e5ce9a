import { isJsonObject } from '../json/is-json-object';
import { makeFinding } from '../findings/make-finding';
import type { Finding, TokenFormat } from '../types';
import { findClaimWarnings } from './find-issue-warnings';
import { makeJweLayer } from './make-jwe-layer';
import { makeJwsLayer } from './make-jws-layer';
import type { IssueRequest, IssueResult, IssueSerialization } from './types';

/** The content type that marks a JWE's plaintext as a JWT (RFC 7519 §5.2). */
const NESTED_CTY = 'JWT';

/**
 * Makes a token from the user's header and claims: a JWS (RFC 7515 §5.1), a JWE (RFC 7516 §5.1), or a
 * signed JWT encrypted to a recipient with "cty": "JWT" (RFC 7519 §5.2, §11.2; RFC 8725 §3.2). Keys are
 * pasted text, read like the decoder reads them; algorithms come from the registry, so an algorithm
 * WebCrypto cannot run is refused with the reason. Guard rails (`issue-*`) warn and never block; alg
 * "none" needs the explicit `allowUnsecured` switch. The result says which key text the decoder needs
 * to verify and decrypt what was made. Never throws: every refusal is a finding.
 */
export async function issueToken(request: IssueRequest): Promise<IssueResult> {
  const { header, claims, mode, serialization } = request;
  if (!isJsonObject(header)) {
    return refuse(makeFinding('header-not-object', 'The header must be a JSON object, such as {"typ": "JWT"}.'));
  }
  if (typeof claims !== 'string' && !isJsonObject(claims)) {
    const message = 'The claims must be a JSON object (a JWT claims set, RFC 7519 §4), or a string payload.';
    return refuse(makeFinding('claim-type-invalid', message, { severity: 'error' }));
  }
  const payload = new TextEncoder().encode(typeof claims === 'string' ? claims : JSON.stringify(claims));
  const now = request.now ?? Math.floor(Date.now() / 1000);
  const claimWarnings = typeof claims === 'string' ? [] : findClaimWarnings(claims, { header, mode, now });

  if (mode === 'sign') {
    const jws = await makeJwsLayer(payload, header, request, serialization);
    if (!jws.ok) return jws;
    return {
      ok: true,
      token: jws.token,
      format: formatOf('jws', serialization),
      warnings: [...jws.warnings, ...claimWarnings],
      verificationKey: jws.decoderKey ?? '',
      decryptionKey: null,
    };
  }
  if (mode === 'encrypt') {
    const jwe = await makeJweLayer(payload, header, request.encryption, serialization);
    if (!jwe.ok) return jwe;
    return {
      ok: true,
      token: jwe.token,
      format: formatOf('jwe', serialization),
      warnings: [...jwe.warnings, ...claimWarnings],
      verificationKey: '',
      decryptionKey: jwe.decoderKey,
    };
  }
  // A nested JWT's inner token is a compact JWS (RFC 7519 §7.1 step 5); the user's header is its header.
  const jws = await makeJwsLayer(payload, header, request, 'compact');
  if (!jws.ok) return jws;
  const jwe = await makeJweLayer(
    new TextEncoder().encode(jws.token),
    {},
    request.encryption,
    serialization,
    NESTED_CTY,
  );
  if (!jwe.ok) return jwe;
  return {
    ok: true,
    token: jwe.token,
    format: formatOf('jwe', serialization),
    warnings: [...jws.warnings, ...jwe.warnings, ...claimWarnings],
    verificationKey: jws.decoderKey ?? '',
    decryptionKey: jwe.decoderKey,
  };
}

function formatOf(kind: 'jws' | 'jwe', serialization: IssueSerialization): TokenFormat {
  return serialization === 'compact' ? `${kind}-compact` : `${kind}-json`;
}

function refuse(finding: Finding): IssueResult {
  return { ok: false, findings: [finding] };
}
