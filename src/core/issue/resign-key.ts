import { lookUpJwsAlgorithm } from '../algorithms/registry';
import type { SecretEncoding } from '../inspect/types';
import { verifyJwsLayer } from '../inspect/verify-jws-layer';
import { readString } from '../json/read-string';
import { checkKeyFits, parseKeyInput, type KeyCandidate } from '../keys';
import { privateMembersOf, withMetadata } from '../keygen/key-material';
import type { DecodedToken } from '../types';
import { toJson } from './sign-payload';

/** The key to sign an edited token with: key text the issuer's "Signing key" reads, and what it is. */
export interface ResignKey {
  text: string;
  /** The key as the inspector described it: "RSA private key, 2048 bits, from a JWK". */
  label: string;
}

export interface ResignKeyRequest {
  /** The signed token (a JWS, or an SD-JWT's issuer JWT) whose key is wanted. */
  signed: DecodedToken;
  /** The inspector's "Verification key" text, and how a secret in it is read. */
  keyText: string;
  secretEncoding: SecretEncoding;
  detachedPayload?: string | undefined;
}

/**
 * The key that made this token's signature, when the user has loaded it: a private key or a secret in
 * the verification key box that can sign with the token's alg (RFC 7515 §5.1) and whose public half —
 * or the secret itself — verifies the token (§5.2). A public key verifies but cannot sign, and a key
 * that does not verify the token is another issuer's: neither is this token's key. Null when none is.
 */
export async function findResignKey(request: ResignKeyRequest): Promise<ResignKey | null> {
  const alg = readString(request.signed.header, 'alg');
  if (alg === null || lookUpJwsAlgorithm(alg) === undefined || request.keyText.trim() === '') return null;
  const parsed = await parseKeyInput(request.keyText, { secretEncoding: request.secretEncoding });
  const options = request.detachedPayload ? { detachedPayload: request.detachedPayload } : {};
  for (const candidate of parsed.candidates) {
    if (!candidate.isPrivate || !checkKeyFits(candidate, alg, 'sign').fits) continue;
    const { layer } = await verifyJwsLayer(request.signed, [candidate], options, 0);
    if (layer.verdict !== 'valid') continue;
    const text = toSigningKeyText(candidate, request);
    if (text !== null) return { text, label: candidate.label };
  }
  return null;
}

/**
 * The candidate alone, as the issuer reads key text (UTF-8 for a secret): a secret typed as UTF-8 as it
 * was typed, any other secret as an oct JWK, a private key as its private JWK with its kid and alg.
 */
function toSigningKeyText(candidate: KeyCandidate, request: ResignKeyRequest): string | null {
  if (candidate.origin === 'secret' && request.secretEncoding === 'utf8') return request.keyText.trim();
  const members = privateMembersOf(candidate);
  return members === null ? null : toJson(withMetadata(members, { kid: candidate.kid, alg: candidate.alg }));
}
