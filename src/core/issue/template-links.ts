import { calculateJwkThumbprint } from 'jose';
import { isUnsecuredAlg, lookUpJwsAlgorithm } from '../algorithms/registry';
import { encodeBase64Url } from '../encoding/base64url';
import { makeFinding } from '../findings/make-finding';
import { parseKeyInput } from '../keys';
import { publicMembersOf } from '../keygen/key-material';
import { chooseHalfHash, computeHalfHash } from '../profiles/compute-link-facts';
import type { Finding } from '../types';
import { readIssueKey } from './read-issue-key';

/** A value a template derives from its inputs, or why it cannot. */
export type Derived<T> = { ok: true; value: T } | { ok: false; findings: Finding[] };

const AS_ERROR = { severity: 'error' } as const;
const refuse = (finding: Finding): { ok: false; findings: Finding[] } => ({ ok: false, findings: [finding] });

/** 128 random bits, base64url: a `jti` no one can guess or repeat (RFC 7519 §4.1.7, RFC 9449 §11.1). */
export function makeJti(): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

type HalfHashClaim = 'at_hash' | 'c_hash' | 's_hash';

/**
 * `at_hash`, `c_hash`, `s_hash` for the values given (OIDC Core §3.1.3.6, §3.3.2.11; FAPI 1.0 Part 2
 * §5.1), with the hash `alg` names — the same choice the inspector makes. An alg that names no hash
 * (Ed448, none) is refused when any value is given: a token with a made-up hash would only mislead.
 */
export async function computeHalfHashClaims(
  alg: string,
  values: Readonly<Record<HalfHashClaim, string>>,
): Promise<Derived<Partial<Record<HalfHashClaim, string>>>> {
  const given = (Object.entries(values) as [HalfHashClaim, string][]).filter(([, value]) => value !== '');
  if (given.length === 0) return { ok: true, value: {} };
  const { hash, why } = chooseHalfHash(alg);
  if (hash === null) {
    const names = given.map(([claim]) => claim).join(', ');
    const message = `${names} cannot be computed for alg ${JSON.stringify(alg)}: ${why}. Choose another algorithm, or leave the access token, code and state empty (OIDC Core §3.1.3.6).`;
    return refuse(makeFinding('alg-unsupported', message, AS_ERROR));
  }
  const hashed = await Promise.all(
    given.map(async ([claim, value]) => [claim, await computeHalfHash(hash, value)] as const),
  );
  return { ok: true, value: Object.fromEntries(hashed) };
}

/** RFC 9449 §4.3 step 5: a DPoP proof is signed with an asymmetric algorithm, never a MAC or none. */
export function checkAsymmetricAlg(alg: string, ref: string): Finding | null {
  const isMac = lookUpJwsAlgorithm(alg)?.family === 'HMAC';
  if (!isMac && !isUnsecuredAlg(alg)) return null;
  const message = `${alg} is ${isMac ? 'a shared-secret MAC' : 'no signature'}; ${ref} requires an asymmetric signature (ES256, EdDSA, PS256…), whose public key the proof carries.`;
  return makeFinding('profile-alg-forbidden', message, AS_ERROR);
}

/**
 * The public half of the signing key as a JWK for a DPoP proof's header (RFC 9449 §4.2): key members
 * only (kty, crv, x, y, n, e) — never a private member, and no kid, use or alg to disagree with.
 */
export async function readPublicJwk(keyText: string, alg: string): Promise<Derived<Record<string, string>>> {
  const key = await readIssueKey({ text: keyText, alg, operation: 'sign', role: 'Signing key', headerKid: undefined });
  if (!key.ok) return key;
  const members = publicMembersOf(key.value.candidate);
  if (members === null) {
    const message = 'Signing key: a shared secret has no public half to put in the header jwk.';
    return refuse(makeFinding('profile-alg-forbidden', message, AS_ERROR));
  }
  return { ok: true, value: members };
}

const THUMBPRINT = /^[A-Za-z0-9_-]{43}$/;

/**
 * The `cnf.jkt` to bind an access token to a DPoP key (RFC 9449 §6.1): the RFC 7638 SHA-256 thumbprint
 * as given (43 base64url characters), or computed from a pasted key (JWK or PEM, public or private).
 */
export async function readJktInput(text: string): Promise<Derived<string>> {
  if (THUMBPRINT.test(text)) return { ok: true, value: text };
  const parsed = await parseKeyInput(text);
  const candidate = parsed.candidates.find((c) => c.kty !== 'oct');
  const members = candidate === undefined ? null : publicMembersOf(candidate);
  if (members === null) {
    const message =
      'DPoP key: give its RFC 7638 thumbprint (43 base64url characters) or paste the key (JWK or PEM) of the client’s DPoP key pair.';
    return refuse(makeFinding('key-invalid', message, AS_ERROR));
  }
  return { ok: true, value: await calculateJwkThumbprint({ ...members }, 'sha256') };
}

/**
 * `htu` from the request URI: the URI without query and fragment (RFC 9449 §4.2), cut from the text as
 * typed (no normalisation the server would not do), and it must be an absolute URI.
 */
export function toHtu(uri: string): Derived<{ htu: string; isCut: boolean }> {
  const htu = uri.split(/[?#]/, 1)[0] ?? '';
  if (!URL.canParse(htu)) {
    const message = `HTTP URI ${JSON.stringify(uri)} is not an absolute URI; give the full request URI, e.g. https://server.example/token (RFC 9449 §4.2).`;
    return refuse(makeFinding('issue-failed', message));
  }
  return { ok: true, value: { htu, isCut: htu !== uri } };
}
