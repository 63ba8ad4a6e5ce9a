import { compactVerify, importJWK, type JWK } from 'jose';
import { readClaim } from '../claims/claim-check-result';
import { makeFinding } from '../findings/make-finding';
import { isJsonObject } from '../json/is-json-object';
import { readString } from '../json/read-string';
import { PRIVATE_JWK_MEMBERS } from '../keys/private-jwk-members';
import { lookUpJwsAlgorithm } from '../algorithms/registry';
import { verifyCompactWithNobleJwk } from '../extra/noble-flattened-jws';
import { isNobleKeyJwk } from '../keys/curves';
import type { DecodedToken, Finding, JsonObject } from '../types';
import { hashText } from './hash-disclosures';
import type { KeyBindingOptions, KeyBindingVerdict } from './types';

/** How far a KB-JWT's `iat` may be from now: the verifier's choice (RFC 9901 §7.3 step 5); ours, 5 min. */
export const KB_IAT_WINDOW_SEC = 300;

export interface KeyBindingInput {
  kbJwt: DecodedToken | null;
  /** The processed claims of the issuer JWT: `cnf` must be in the clear to be used. */
  claims: JsonObject;
  presented: string;
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512' | null;
  options: KeyBindingOptions;
  now: number;
  clockToleranceSec: number;
}

const onKb = (extra: Partial<Finding> = {}) => ({ stage: 'sd-jwt' as const, ...extra });

/**
 * Checks the key-binding JWT (RFC 9901 §7.3): `typ` "kb+jwt", a signature by the holder key in the issuer
 * JWT's `cnf.jwk`, `iat` within the window, `aud` and `nonce` as the verifier expects, and `sd_hash` over
 * the presented SD-JWT. Whether key binding is required is the verifier's option, never inferred.
 */
export async function verifyKeyBinding(
  input: KeyBindingInput,
): Promise<{ verdict: KeyBindingVerdict; findings: Finding[] }> {
  const { kbJwt, options } = input;
  const findings: Finding[] = [];
  if (!kbJwt) {
    if (options.required)
      findings.push(
        makeFinding(
          'kb-jwt-missing',
          'Key binding is required but the SD-JWT has no key-binding JWT after its last "~".',
          onKb(),
        ),
      );
    return { verdict: 'absent', findings };
  }
  const fail = (code: Parameters<typeof makeFinding>[0], message: string, extra: Partial<Finding> = {}) =>
    findings.push(makeFinding(code, message, onKb(extra)));
  const header = kbJwt.header;
  const payloadPart = kbJwt.parts.find((p) => p.name === 'kb-payload')?.content;
  const payload = payloadPart?.type === 'json' && isJsonObject(payloadPart.value) ? payloadPart.value : null;
  const typ = readString(header, 'typ');
  if (typ !== 'kb+jwt')
    fail(
      'kb-jwt-invalid',
      `The key-binding JWT's typ is ${typ === null ? 'missing' : JSON.stringify(typ)}, not "kb+jwt" (RFC 9901 §4.3).`,
      { part: 'kb-header', name: 'typ' },
    );
  if (payload === null)
    fail('kb-jwt-invalid', 'The key-binding JWT’s payload is not a JSON object.', { part: 'kb-payload' });

  const signature = await verifySignature(input, fail);
  if (payload) {
    await checkPayload(payload, input, fail);
  }
  const hasErrors = findings.some((f) => f.severity === 'error');
  const verdict: KeyBindingVerdict = hasErrors ? 'invalid' : signature === 'valid' ? 'valid' : 'not-verified';
  return { verdict, findings };
}

type Fail = (code: Parameters<typeof makeFinding>[0], message: string, extra?: Partial<Finding>) => void;

async function verifySignature(input: KeyBindingInput, fail: Fail): Promise<'valid' | 'invalid' | 'not-verified'> {
  const kb = input.kbJwt;
  const cnf = readClaim(input.claims, 'cnf').value;
  const jwk = isJsonObject(cnf) && Object.hasOwn(cnf, 'jwk') && isJsonObject(cnf.jwk) ? cnf.jwk : null;
  if (!jwk) {
    fail(
      'kb-cnf-missing',
      'The issuer JWT has no cnf.jwk in the clear, so nothing says which holder key must sign the key-binding JWT (RFC 9901 §4.1.2).',
      { part: 'payload', name: 'cnf' },
    );
    return 'not-verified';
  }
  if (PRIVATE_JWK_MEMBERS.some((m) => Object.hasOwn(jwk, m)) || jwk.kty === 'oct') {
    fail('kb-jwt-invalid', 'The holder key in cnf.jwk is private or symmetric: it cannot bind a presentation.', {
      part: 'payload',
      name: 'cnf',
    });
    return 'invalid';
  }
  const alg = readString(kb?.header ?? null, 'alg');
  const info = alg === null ? undefined : lookUpJwsAlgorithm(alg);
  if (!kb || alg === null || !info || info.family === 'HMAC') {
    fail(
      'kb-jwt-invalid',
      `The key-binding JWT must be signed with an asymmetric algorithm; its alg is ${JSON.stringify(alg)}.`,
      { part: 'kb-header', name: 'alg' },
    );
    return 'invalid';
  }
  if (info.support === 'unsupported') return 'not-verified';
  try {
    const kty = readString(jwk, 'kty') ?? '';
    const crv = readString(jwk, 'crv') ?? undefined;
    // A holder key WebCrypto lacks (Ed448, secp256k1, ML-DSA) is verified by the noble engine.
    if (isNobleKeyJwk({ kty, ...(crv === undefined ? {} : { crv }) })) {
      await verifyCompactWithNobleJwk(kb.input.text, jwk, alg);
      return 'valid';
    }
    const key = await importJWK(jwk as JWK, alg);
    await compactVerify(kb.input.text, key, { algorithms: [alg] });
    return 'valid';
  } catch {
    fail(
      'kb-jwt-invalid',
      'The key-binding JWT’s signature does not verify with the holder key in the issuer JWT’s cnf.jwk: someone other than the holder presented it.',
      { part: 'kb-signature' },
    );
    return 'invalid';
  }
}

async function checkPayload(payload: JsonObject, input: KeyBindingInput, fail: Fail): Promise<void> {
  const { options, now } = input;
  const iat = readClaim(payload, 'iat').value;
  if (typeof iat !== 'number' || !Number.isFinite(iat))
    fail('kb-jwt-invalid', 'The key-binding JWT has no numeric iat.', { part: 'kb-payload', name: 'iat' });
  else {
    const window = KB_IAT_WINDOW_SEC + Math.max(0, input.clockToleranceSec);
    const offset = iat - now;
    if (Math.abs(offset) > window)
      fail(
        'kb-iat-window',
        `The key-binding JWT was made ${offset > 0 ? `${offset} s in the future` : `${-offset} s ago`}, outside the ±${window} s window.`,
        { part: 'kb-payload', name: 'iat' },
      );
  }
  const aud = readClaim(payload, 'aud').value;
  if (options.audience !== undefined && options.audience !== '' && aud !== options.audience)
    fail(
      'kb-aud-mismatch',
      `The key-binding JWT is for ${JSON.stringify(aud ?? null)}, not this verifier (${JSON.stringify(options.audience)}).`,
      { part: 'kb-payload', name: 'aud' },
    );
  const nonce = readClaim(payload, 'nonce').value;
  if (options.nonce !== undefined && options.nonce !== '' && nonce !== options.nonce)
    fail(
      'kb-nonce-mismatch',
      `The key-binding JWT's nonce is ${JSON.stringify(nonce ?? null)}, not the one this verifier sent (${JSON.stringify(options.nonce)}).`,
      { part: 'kb-payload', name: 'nonce' },
    );
  const sdHash = readClaim(payload, 'sd_hash').value;
  if (input.hash === null) return;
  const expected = await hashText(input.hash, input.presented);
  if (sdHash !== expected)
    fail(
      'kb-sd-hash-mismatch',
      `sd_hash is ${JSON.stringify(sdHash ?? null)}, but the hash of the presented SD-JWT is ${JSON.stringify(expected)}: disclosures were added or removed after the key-binding JWT was made.`,
      { part: 'kb-payload', name: 'sd_hash' },
    );
}
