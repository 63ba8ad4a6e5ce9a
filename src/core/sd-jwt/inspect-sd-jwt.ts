import { makeFinding } from '../findings/make-finding';
import { isJsonObject } from '../json/is-json-object';
import type { DecodedSdJwt, Finding, JsonObject } from '../types';
import { hashText, lookUpSdAlg } from './hash-disclosures';
import { processDisclosures } from './process-disclosures';
import type { KeyBindingOptions, SdJwtReport } from './types';
import { verifyKeyBinding } from './verify-key-binding';

export interface SdJwtOptions {
  keyBinding?: KeyBindingOptions;
  now: number;
  clockToleranceSec: number;
}

/**
 * Verifies an SD-JWT's disclosures and key binding (RFC 9901 §7.1, §7.3) once the issuer JWT's payload
 * is known: digests with `_sd_alg`, the processed claims a verifier sees, and the KB-JWT.
 */
export async function inspectSdJwt(
  sd: DecodedSdJwt,
  issuerClaims: unknown,
  options: SdJwtOptions,
): Promise<{ report: SdJwtReport; claims: JsonObject | null; findings: Finding[] }> {
  const findings: Finding[] = [];
  const payload = isJsonObject(issuerClaims) ? issuerClaims : null;
  const declared = payload && Object.hasOwn(payload, '_sd_alg') ? payload._sd_alg : undefined;
  const sdAlg = typeof declared === 'string' ? declared : 'sha-256';
  const hash = lookUpSdAlg(sdAlg);
  if (declared !== undefined && hash === null)
    findings.push(
      makeFinding(
        'sd-alg-unsupported',
        typeof declared === 'string'
          ? `_sd_alg is ${JSON.stringify(declared)}, which this browser cannot compute (sha-256, sha-384 and sha-512 can be): the disclosures are shown but not checked.`
          : '_sd_alg is not a string.',
        { stage: 'sd-jwt', part: 'payload', name: '_sd_alg' },
      ),
    );
  const digests = await Promise.all(
    sd.disclosures.map((d) => (hash === null || d.kind === 'invalid' ? null : hashText(hash, d.encoded))),
  );
  const processed = payload ? processDisclosures(payload, hash === null ? [] : sd.disclosures, digests) : null;
  const disclosures =
    processed && hash !== null
      ? processed.disclosures
      : sd.disclosures.map((d) => ({
          index: d.index,
          encoded: d.encoded,
          digest: null,
          salt: d.salt,
          name: d.name,
          value: d.value,
          status: 'invalid' as const,
          path: null,
        }));
  findings.push(...(processed?.findings ?? []));
  const binding = await verifyKeyBinding({
    kbJwt: sd.kbJwt,
    claims: processed?.claims ?? {},
    presented: sd.presented,
    hash,
    options: options.keyBinding ?? {},
    now: options.now,
    clockToleranceSec: options.clockToleranceSec,
  });
  findings.push(...binding.findings);
  return {
    report: { sdAlg, disclosures, decoys: processed?.decoys ?? 0, keyBinding: binding.verdict },
    claims: processed?.claims ?? null,
    findings,
  };
}
