import { makeFinding } from '../../findings/make-finding';
import { isJsonObject } from '../../json/is-json-object';
import { PRIVATE_JWK_MEMBERS } from '../../keys/private-jwk-members';
import { FORBIDDEN_DISCLOSURE_NAMES } from '../../sd-jwt/decode-disclosure';
import { lookUpSdAlg } from '../../sd-jwt/hash-disclosures';
import type { Finding } from '../../types';
import { findClaimWarnings } from '../find-issue-warnings';
import { makeJwsLayer } from '../make-jws-layer';
import { formatClaimPath, hasClaimPath, type ClaimPath } from './claim-paths';
import { setOwn } from '../../json/set-own';
import { concealClaims } from './conceal-claims';
import type { SdJwtIssueRequest, SdJwtIssueResult } from './types';

/** Claims an SD-JWT VC keeps in the clear (SD-JWT VC §3.2.2.2): a verifier needs them before any disclosure. */
export const SD_JWT_VC_CLEAR_CLAIMS: readonly string[] = ['iss', 'nbf', 'exp', 'cnf', 'vct', 'vct#integrity', 'status'];
/** Enough decoys to hide how many claims there are; more only makes the token big. */
export const MAX_DECOYS = 10_000;

/**
 * Issues an SD-JWT (RFC 9901 §4, §5): the chosen members and array elements become disclosures with
 * 128-bit salts, their digests (with decoys) take their place, `_sd_alg` names the hash, the holder's
 * public key goes in `cnf.jwk`, and the issuer signs with the same code as `issueToken`. For an SD-JWT VC
 * (`typ` "dc+sd-jwt") `vct` is required and iss, nbf, exp, cnf, vct and status stay in the clear. Never
 * throws: every refusal is a finding.
 */
export async function issueSdJwt(request: SdJwtIssueRequest): Promise<SdJwtIssueResult> {
  const { claims, disclosable, signing } = request;
  const typ = request.typ ?? 'example+sd-jwt';
  const sdAlg = request.sdAlg ?? 'sha-256';
  const decoys = request.decoys ?? 0;
  const hash = lookUpSdAlg(sdAlg);
  if (hash === null) return refuse(`"${sdAlg}" is not a hash this page computes (sha-256, sha-384, sha-512).`);
  if (!Number.isInteger(decoys) || decoys < 0 || decoys > MAX_DECOYS)
    return refuse(`Decoys: give a whole number from 0 to ${MAX_DECOYS.toLocaleString('en')}.`);
  if (!isJsonObject(claims))
    return { ok: false, findings: [makeFinding('claim-type-invalid', 'The claims must be a JSON object.')] };
  for (const reserved of ['_sd', '_sd_alg'])
    if (Object.hasOwn(claims, reserved))
      return refuse(`The claims already have "${reserved}"; the issuer writes it (RFC 9901 §4.1).`);

  const payloadClaims: Record<string, unknown> = {};
  for (const name of Object.keys(claims)) setOwn(payloadClaims, name, claims[name]);
  const holderKey = readHolderKey(request.holderKey);
  if (!holderKey.ok) return refuse(holderKey.message);
  if (holderKey.jwk !== undefined) setOwn(payloadClaims, 'cnf', { jwk: holderKey.jwk });
  const pathProblem = checkPaths(payloadClaims, disclosable, typ);
  if (pathProblem !== null) return { ok: false, findings: [pathProblem] };

  const { payload, disclosures } = await concealClaims(payloadClaims, disclosable, decoys, hash);
  setOwn(payload, '_sd_alg', sdAlg);
  const header = { typ };
  const jws = await makeJwsLayer(new TextEncoder().encode(JSON.stringify(payload)), header, { signing }, 'compact');
  if (!jws.ok) return jws;
  const issuerJwt = jws.token;
  return {
    ok: true,
    sdJwt: `${issuerJwt}~${disclosures.map((d) => `${d.encoded}~`).join('')}`,
    issuerJwt,
    disclosures,
    decoys,
    verificationKey: jws.decoderKey ?? '',
    warnings: [
      ...jws.warnings,
      ...findClaimWarnings(payload, { header, mode: 'sign', now: Math.floor(Date.now() / 1000) }),
    ],
  };
}

/** The holder key as given: a JWK object, its JSON text, or nothing (undefined or blank text). */
function readHolderKey(given: unknown): { ok: true; jwk: unknown } | { ok: false; message: string } {
  if (given === undefined || (typeof given === 'string' && given.trim() === '')) return { ok: true, jwk: undefined };
  let jwk: unknown = given;
  if (typeof given === 'string') {
    try {
      jwk = JSON.parse(given) as unknown;
    } catch {
      return { ok: false, message: 'Holder public key: this is not JSON; give a public JWK.' };
    }
  }
  const problem = checkHolderKey(jwk);
  return problem === null ? { ok: true, jwk } : { ok: false, message: problem };
}

function checkHolderKey(jwk: unknown): string | null {
  if (!isJsonObject(jwk) || typeof jwk.kty !== 'string')
    return 'Holder public key: give a public JWK (a JSON object with "kty").';
  if (jwk.kty === 'oct') return 'Holder public key: a symmetric key cannot be a holder key; give a public JWK.';
  const secret = PRIVATE_JWK_MEMBERS.find((member) => Object.hasOwn(jwk, member));
  if (secret !== undefined)
    return `Holder public key: this JWK has the private member "${secret}"; give only the public key, which goes into the token for everyone to read.`;
  return null;
}

function checkPaths(claims: Record<string, unknown>, paths: ReadonlyArray<ClaimPath>, typ: string): Finding | null {
  for (const path of paths) {
    const label = formatClaimPath(path);
    if (!hasClaimPath(claims, path)) return makeFinding('issue-failed', `Disclosable: the claims have no ${label}.`);
    const last = path[path.length - 1];
    if (typeof last === 'string' && FORBIDDEN_DISCLOSURE_NAMES.has(last))
      return makeFinding('sd-claim-name-invalid', `"${last}" cannot be disclosable (RFC 9901 §4.2.1).`, {
        severity: 'error',
        stage: 'intake',
      });
    const top = path[0];
    if (typ === 'dc+sd-jwt' && path.length === 1 && typeof top === 'string' && SD_JWT_VC_CLEAR_CLAIMS.includes(top))
      return makeFinding(
        'sd-vc-claim-not-disclosable',
        `An SD-JWT VC keeps "${top}" in the clear; it cannot be disclosable.`,
        {
          stage: 'intake',
        },
      );
  }
  if (typ === 'dc+sd-jwt' && typeof claims.vct !== 'string')
    return makeFinding('sd-vc-vct-missing', 'An SD-JWT VC needs "vct", a string naming its credential type.', {
      stage: 'intake',
    });
  return null;
}

function refuse(message: string): SdJwtIssueResult {
  return { ok: false, findings: [makeFinding('issue-failed', message)] };
}
