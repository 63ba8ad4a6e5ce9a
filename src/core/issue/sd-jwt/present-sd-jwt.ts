import { decodeBase64Url } from '../../encoding/base64url';
import { makeFinding } from '../../findings/make-finding';
import { isJsonObject } from '../../json/is-json-object';
import { describeError } from '../../keys/describe-error';
import { hashText, lookUpSdAlg } from '../../sd-jwt/hash-disclosures';
import type { Finding } from '../../types';
import { checkSigningAlg } from '../check-issue-algorithms';
import { readIssueKey } from '../read-issue-key';
import { signPayload } from '../sign-payload';
import type { KeyBindingRequest, SdJwtPresentRequest, SdJwtPresentResult } from './types';

type Hash = 'SHA-256' | 'SHA-384' | 'SHA-512';
/** How deep a disclosure's value is searched for the digests it holds; the decoder's nesting cap. */
const MAX_DEPTH = 64;

/**
 * The holder's side (RFC 9901 §7.2): presents the chosen disclosures of an issued SD-JWT — with every
 * disclosure that holds one of them, so none is left unreferenced — and, with `keyBinding`, a KB-JWT
 * (§4.3: typ "kb+jwt"; iat, aud, nonce, and sd_hash over exactly the presentation before it) signed with
 * the holder's private key. Never throws: every refusal is a finding.
 */
export async function presentSdJwt(request: SdJwtPresentRequest): Promise<SdJwtPresentResult> {
  const [issuerJwt = '', ...rest] = request.sdJwt.trim().split('~');
  // The last piece is empty after a final "~", or a previous KB-JWT: neither is a disclosure.
  const disclosures = rest.slice(0, -1);
  const sdAlg = readSdAlg(issuerJwt);
  const hash = sdAlg === null ? null : lookUpSdAlg(sdAlg);
  if (sdAlg === null || hash === null)
    return refuse('The SD-JWT’s issuer JWT has no payload this page can read, or an _sd_alg it cannot compute.');
  const kept = await closeOverParents(disclosures, request.keep, hash);
  const presented = `${issuerJwt}~${kept.map((i) => `${disclosures[i] ?? ''}~`).join('')}`;
  if (request.keyBinding === undefined) return { ok: true, presentation: presented, kept };
  const kbJwt = await signKeyBinding(request.keyBinding, await hashText(hash, presented));
  if (!kbJwt.ok) return kbJwt;
  return { ok: true, presentation: `${presented}${kbJwt.token}`, kept };
}

function readSdAlg(issuerJwt: string): string | null {
  const encoded = issuerJwt.split('.')[1];
  if (encoded === undefined) return null;
  const bytes = decodeBase64Url(encoded);
  if (!bytes.ok) return null;
  try {
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes.bytes));
    if (!isJsonObject(payload)) return null;
    if (!Object.hasOwn(payload, '_sd_alg')) return 'sha-256';
    return typeof payload._sd_alg === 'string' ? payload._sd_alg : null;
  } catch {
    return null;
  }
}

/** The asked-for indexes plus, transitively, each disclosure whose value holds one of their digests. */
async function closeOverParents(disclosures: string[], keep: ReadonlyArray<number>, hash: Hash): Promise<number[]> {
  const digests = await Promise.all(disclosures.map((d) => hashText(hash, d)));
  const parentOf = new Map<string, number>();
  disclosures.forEach((encoded, i) => {
    for (const digest of listHeldDigests(encoded)) parentOf.set(digest, i);
  });
  const chosen = new Set<number>();
  for (const start of keep) {
    let index: number | undefined = start;
    while (index !== undefined && index >= 0 && index < disclosures.length && !chosen.has(index)) {
      chosen.add(index);
      const digest: string | undefined = digests[index];
      index = digest === undefined ? undefined : parentOf.get(digest);
    }
  }
  return [...chosen].sort((a, b) => a - b);
}

/** The digests in a disclosure's value: `_sd` entries and `{"...": digest}` elements (RFC 9901 §4.2.4). */
function listHeldDigests(encoded: string): string[] {
  const bytes = decodeBase64Url(encoded);
  if (!bytes.ok) return [];
  let array: unknown;
  try {
    array = JSON.parse(new TextDecoder().decode(bytes.bytes));
  } catch {
    return [];
  }
  if (!Array.isArray(array)) return [];
  const found: string[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const element of value) walk(element, depth + 1);
      return;
    }
    if (!isJsonObject(value)) return;
    const keys = Object.keys(value);
    if (keys.length === 1 && typeof value['...'] === 'string') found.push(value['...']);
    if (Object.hasOwn(value, '_sd') && Array.isArray(value._sd))
      for (const digest of value._sd) if (typeof digest === 'string') found.push(digest);
    for (const key of keys) if (key !== '_sd') walk(value[key], depth + 1);
  };
  walk(array[array.length - 1], 0);
  return found;
}

async function signKeyBinding(
  request: KeyBindingRequest,
  sdHash: string,
): Promise<{ ok: true; token: string } | { ok: false; findings: Finding[] }> {
  const algProblem = checkSigningAlg(request.alg);
  if (algProblem !== null) return { ok: false, findings: [algProblem] };
  const key = await readIssueKey({
    text: request.holderPrivateKey,
    alg: request.alg,
    operation: 'sign',
    role: 'Holder private key',
    headerKid: undefined,
  });
  if (!key.ok) return key;
  const payload = {
    iat: request.iat ?? Math.floor(Date.now() / 1000),
    aud: request.audience,
    nonce: request.nonce,
    sd_hash: sdHash,
  };
  try {
    // The issuer's signing path, so a holder key WebCrypto lacks (Ed448, secp256k1, ML-DSA) signs too.
    const header = { typ: 'kb+jwt', alg: request.alg };
    const token = await signPayload(
      new TextEncoder().encode(JSON.stringify(payload)),
      header,
      key.value.key,
      'compact',
    );
    return { ok: true, token };
  } catch (error) {
    return refuse(`Key binding: signing failed (${describeError(error)}).`);
  }
}

function refuse(message: string): { ok: false; findings: Finding[] } {
  return { ok: false, findings: [makeFinding('issue-failed', message)] };
}
