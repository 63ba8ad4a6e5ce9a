import { calculateJwkThumbprint, type JWK } from 'jose';
import { lookUpJwsAlgorithm } from '../algorithms/registry';
import { decodeToken } from '../decode/decode-token';
import { encodeBase64Url } from '../encoding/base64url';
import { isJsonObject } from '../json/is-json-object';
import { readString } from '../json/read-string';
import type { JsonObject } from '../types';
import { readJkt } from './dpop-links';
import { describeDpopJwkProblem } from './dpop-proof';
import type { Digest, LinkFacts, ProfileContext } from './types';

type HashName = 'SHA-256' | 'SHA-384' | 'SHA-512';

/**
 * The hash for `*_hash` claims: the one the header's `alg` names (OIDC Core §3.1.3.6). EdDSA names none;
 * the OpenID Connect working group settled on SHA-512 for Ed25519 (connect issue #1125, Token Hash
 * Algorithms 1.0), the hash Ed25519 itself uses; Ed448 would need SHAKE256, which WebCrypto lacks.
 */
export function chooseHalfHash(alg: string | null): LinkFacts['halfHash'] {
  if (alg === null) return { hash: null, why: 'the header has no alg' };
  if (alg === 'EdDSA' || alg === 'Ed25519')
    return { hash: 'SHA-512', why: `${alg}: SHA-512, the hash of Ed25519 (an Ed448 key would need SHAKE256)` };
  if (alg === 'Ed448') return { hash: null, why: 'Ed448 needs SHAKE256 (114 bytes), which WebCrypto lacks' };
  const hash = lookUpJwsAlgorithm(alg)?.hash;
  return hash ? { hash, why: `${alg} names ${hash}` } : { hash: null, why: `alg ${JSON.stringify(alg)} names no hash` };
}

async function digest(hash: HashName, text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(text)));
}

/** OIDC Core §3.1.3.6: base64url of the left-most half of the hash of the ASCII octets. */
export async function computeHalfHash(hash: HashName, text: string): Promise<string> {
  const bytes = await digest(hash, text);
  return encodeBase64Url(bytes.slice(0, bytes.length / 2));
}

/** RFC 9449 §4.2: `ath` is base64url(SHA-256) of the ASCII access token. */
export async function computeAth(accessToken: string): Promise<string> {
  return encodeBase64Url(await digest('SHA-256', accessToken));
}

/** RFC 7638 thumbprint (SHA-256) of a header's public `jwk`, or why it has no usable one. */
export async function thumbprintHeaderJwk(header: JsonObject | null): Promise<Digest> {
  const problem = describeDpopJwkProblem(header);
  if (problem !== null || header === null) return { value: null, why: problem ?? 'no header' };
  try {
    return { value: await calculateJwkThumbprint(header.jwk as JWK, 'sha256') };
  } catch {
    return { value: null, why: 'the jwk lacks members its key type requires (RFC 7638 §3.2)' };
  }
}

const isGiven = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** Decodes a token typed into a context box, for the values that tie it to the token inspected. */
function readOtherToken(
  text: string,
  noun: string,
): { header: JsonObject | null; claims: JsonObject | null; why: string; isUnreadable?: true } {
  const decoded = decodeToken(text.trim());
  // An opaque token may have dots (RFC 9449's own example does): without a JSON header it is no JWT.
  if (decoded.format === 'unknown' || decoded.header === null)
    return {
      header: null,
      claims: null,
      why: `the ${noun} is not a JWT (an opaque token's binding is checked by introspection, RFC 9449 §6.2)`,
      isUnreadable: true,
    };
  if (decoded.format.startsWith('jwe'))
    return { header: decoded.header, claims: null, why: `the ${noun} is encrypted`, isUnreadable: true };
  const content = decoded.parts.find((p) => p.name === 'payload')?.content;
  const claims = content?.type === 'json' && isJsonObject(content.value) ? content.value : null;
  return { header: decoded.header, claims, why: claims ? '' : `the ${noun}'s payload is not a JSON object` };
}

/**
 * Computes every value that ties this token to the others given in the context, once per inspection: the
 * rules compare them synchronously, so a clock tick re-runs the rules without hashing again.
 */
export async function computeLinkFacts(
  tokenText: string,
  header: JsonObject | null,
  context: ProfileContext,
): Promise<LinkFacts> {
  const halfHash = chooseHalfHash(readString(header, 'alg'));
  const half = async (value: string | undefined): Promise<Digest | undefined> => {
    if (!isGiven(value)) return undefined;
    if (halfHash.hash === null) return { value: null, why: halfHash.why };
    return { value: await computeHalfHash(halfHash.hash, value) };
  };
  const facts: LinkFacts = { halfHash, ownAth: await computeAth(tokenText) };
  const [atHash, cHash, sHash] = await Promise.all([
    half(context.accessToken),
    half(context.code),
    half(context.state),
  ]);
  if (atHash) facts.atHash = atHash;
  if (cHash) facts.cHash = cHash;
  if (sHash) facts.sHash = sHash;
  if (header !== null && Object.hasOwn(header, 'jwk')) facts.ownJwkThumbprint = await thumbprintHeaderJwk(header);
  if (isGiven(context.accessToken)) {
    facts.accessTokenAth = { value: await computeAth(context.accessToken.trim()) };
    const accessToken = readOtherToken(context.accessToken, 'access token');
    facts.accessTokenJkt = accessToken.claims
      ? readJkt(accessToken.claims)
      : { value: null, why: accessToken.why, ...(accessToken.isUnreadable ? { isUnreadable: true as const } : {}) };
  }
  if (isGiven(context.dpopProof)) {
    const proof = readOtherToken(context.dpopProof, 'DPoP proof');
    const ath = proof.claims && Object.hasOwn(proof.claims, 'ath') ? proof.claims.ath : undefined;
    facts.proofAth =
      typeof ath === 'string' ? { value: ath } : { value: null, why: proof.claims ? 'no ath' : proof.why };
    facts.proofJwkThumbprint = await thumbprintHeaderJwk(proof.header);
  }
  return facts;
}
