import { errors, flattenedDecrypt, type FlattenedJWE } from 'jose';
import { lookUpJweAlgorithm, lookUpJweEncryption } from '../algorithms/registry';
import { jweEngineFor } from '../extra/jwe-engine-for';
import { loadNobleJwe } from '../extra/load-noble-jwe';
import { makeFinding } from '../findings/make-finding';
import { readString } from '../json/read-string';
import { checkKeyFits, importKeyFor, type KeyCandidate } from '../keys';
import type { DecodedEntry, DecodedToken, Finding } from '../types';
import { checkCrit } from './check-crit';
import { checkEpk, describeCurveMismatch } from './check-epk';
import { rejectEntry } from './reject-entry';
import { selectKeys } from './select-keys';
import { tryKeys } from './try-keys';
import type { DecryptionVerdict, EntryVerdict, InspectOptions, Layer } from './types';

import { DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_PBES2_COUNT } from './limits';

export { DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_PBES2_COUNT };

export interface DecryptedLayer {
  layer: Layer;
  findings: Finding[];
  plaintext: Uint8Array | null;
}

/** Decrypts a JWE layer (RFC 7516 §5.2) for the first recipient a given key opens. */
export async function decryptJweLayer(
  decoded: DecodedToken,
  candidates: KeyCandidate[],
  options: InspectOptions,
  layer: number,
): Promise<DecryptedLayer> {
  const findings: Finding[] = [];
  const entries: EntryVerdict[] = [];
  const isGeneral = decoded.entries.length > 1;
  let plaintext: Uint8Array | null = null;
  for (const entry of decoded.entries) {
    const at: Partial<Finding> = { layer, ...(isGeneral ? { entry: entry.index } : {}) };
    const selected = selectKeys(candidates, entry.header, at);
    const verdict: EntryVerdict = {
      index: entry.index,
      alg: readString(entry.header, 'alg'),
      kid: selected.kid,
      verdict: 'not-decrypted',
      keySelection: { kid: selected.kid, outcome: selected.outcome, tried: 0 },
    };
    entries.push(verdict);
    findings.push(...selected.findings);
    // One recipient that opens the token is enough (RFC 7516 §7.2.1); the rest are not tried.
    if (plaintext) continue;
    const result = await decryptEntry(entry, selected.keys, candidates.length, options, at);
    findings.push(...result.findings);
    verdict.verdict = result.verdict;
    verdict.keySelection.tried = result.tried;
    if (result.keyUsed) verdict.keyUsed = result.keyUsed;
    plaintext = result.plaintext;
  }
  const order: DecryptionVerdict[] = ['decrypted', 'failed', 'unsupported', 'not-decrypted'];
  const verdict = order.find((v) => entries.some((e) => e.verdict === v)) ?? 'not-decrypted';
  return {
    layer: { kind: 'jwe', format: decoded.format, header: decoded.header, parts: decoded.parts, verdict, entries },
    findings,
    plaintext,
  };
}

interface EntryResult {
  verdict: DecryptionVerdict;
  findings: Finding[];
  plaintext: Uint8Array | null;
  tried: number;
  keyUsed?: string;
}

async function decryptEntry(
  entry: DecodedEntry,
  keys: KeyCandidate[],
  candidateCount: number,
  options: InspectOptions,
  at: Partial<Finding>,
): Promise<EntryResult> {
  const findings: Finding[] = [];
  const fail = (verdict: DecryptionVerdict, ...extra: Finding[]): EntryResult => ({
    verdict,
    findings: [...findings, ...extra],
    plaintext: null,
    tried: 0,
  });
  if (entry.rejection) return fail('failed', rejectEntry(entry.rejection, 'jwe', at));
  const { alg, enc } = entry.header;
  // The decoder has said what is missing (alg-invalid, enc-invalid, serialization-invalid).
  if (typeof alg !== 'string' || typeof enc !== 'string' || entry.flattened?.kind !== 'jwe') return fail('failed');
  const onHeader = (name: string) => ({ ...at, part: 'header' as const, name, stage: 'decrypt' as const });
  const algInfo = lookUpJweAlgorithm(alg);
  const encInfo = lookUpJweEncryption(enc);
  if (!algInfo)
    return fail(
      'failed',
      makeFinding('alg-invalid', `"${alg}" is not a JWE key management algorithm.`, onHeader('alg')),
    );
  if (!encInfo)
    return fail(
      'failed',
      makeFinding('enc-invalid', `"${enc}" is not a JWE content encryption algorithm.`, onHeader('enc')),
    );
  const allowed = options.expected?.algorithms?.filter((a) => lookUpJweAlgorithm(a) || lookUpJweEncryption(a)) ?? [];
  for (const [name, value] of [
    ['alg', alg],
    ['enc', enc],
  ] as const) {
    if (allowed.length > 0 && !allowed.includes(value)) {
      const message = `"${value}" is not in the allowed list (${allowed.join(', ')}).`;
      return fail('failed', makeFinding('alg-not-allowed', message, onHeader(name)));
    }
  }
  for (const [name, info, value] of [
    ['alg', algInfo, alg],
    ['enc', encInfo, enc],
  ] as const) {
    if (info.support === 'unsupported') {
      const message = `${value}: ${info.unsupportedReason ?? 'not supported here.'}`;
      return fail('unsupported', makeFinding('alg-unsupported', message, onHeader(name)));
    }
  }
  const maxCount = options.maxPbes2Count ?? DEFAULT_MAX_PBES2_COUNT;
  if (algInfo.family === 'PBES2') {
    const count = entry.header.p2c;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      return fail('failed', makeFinding('jwe-invalid', '"p2c" must be a positive integer.', onHeader('p2c')));
    // Refused before any PBKDF2 runs: the count is the attacker's to choose (RFC 8725 §3.5).
    if (count > maxCount) {
      const message = `"p2c" is ${count.toLocaleString('en')}, above the limit of ${maxCount.toLocaleString('en')}; nothing was computed.`;
      return fail('failed', makeFinding('pbes2-count-exceeded', message, onHeader('p2c')));
    }
  }
  if (algInfo.family === 'RSA1_5') {
    const message =
      'RSA1_5 is deprecated (RFC 8725 §3.2): its PKCS #1 v1.5 padding is open to Bleichenbacher’s padding oracle. Decrypting it here is for debugging; a server must not accept it.';
    findings.push(makeFinding('alg-deprecated', message, onHeader('alg')));
  }
  const crit = checkCrit(entry.protectedHeader, entry.unprotectedHeader, at);
  findings.push(...crit.findings);
  if (crit.findings.length > 0) return fail('failed');
  let epkCurve: string | null = null;
  if (algInfo.family === 'ECDH-ES' || algInfo.family === 'ECDH-ES+KW') {
    const epk = await checkEpk(entry.header);
    if (!epk.ok)
      return fail(
        'failed',
        makeFinding('epk-invalid', `${epk.reason}; no key agreement was attempted.`, onHeader('epk')),
      );
    epkCurve = epk.crv;
  }
  if (candidateCount === 0) {
    const message = 'No decryption key given: paste the recipient’s private key, the shared key or the password.';
    findings.push(makeFinding('key-missing', message, at));
  }
  const jwe = entry.flattened.jwe;
  const limits = {
    maxPbes2Count: maxCount,
    maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
  };
  // RSA1_5, 192-bit AES and X448 are not in WebCrypto: the whole JWE then goes through the lazy second engine.
  const isJose = jweEngineFor(algInfo, encInfo, epkCurve) === 'jose';
  const { header, protectedHeader } = entry;
  const trial = await tryKeys(
    keys,
    {
      operation: 'decrypt',
      tokenKid: readString(entry.header, 'kid'),
      fit: (candidate) => {
        const mismatch = epkCurve === null ? null : describeCurveMismatch(candidate, epkCurve);
        return mismatch
          ? { fits: false, code: 'epk-invalid', reason: mismatch }
          : checkKeyFits(candidate, alg, 'decrypt', enc);
      },
      run: async (candidate) => {
        if (!isJose) {
          const engine = await loadNobleJwe().catch((error: unknown) => {
            // A chunk that did not arrive says nothing about the token: unsupported here, not failed.
            throw new errors.JOSENotSupported(`the engine for ${alg} + ${enc} could not be loaded (${String(error)})`);
          });
          return engine.decryptFlattenedJwe(jwe, header, protectedHeader, candidate, limits);
        }
        const key = await importKeyFor(candidate, alg, 'decrypt', enc);
        return flattenedDecrypt(jwe as FlattenedJWE, key, {
          keyManagementAlgorithms: [alg],
          contentEncryptionAlgorithms: [enc],
          maxPBES2Count: limits.maxPbes2Count,
          maxDecompressedLength: limits.maxDecompressedBytes,
        });
      },
    },
    at,
  );
  findings.push(...trial.findings);
  const { tried } = trial;
  if (trial.success) {
    const { candidate, value } = trial.success;
    findings.push(makeFinding('decrypted', `Decrypted with ${candidate.label}.`, at));
    return { verdict: 'decrypted', findings, plaintext: value.plaintext, tried, keyUsed: candidate.label };
  }
  const verdict: DecryptionVerdict =
    trial.failure === 'rejected' ? 'failed' : trial.failure === 'unsupported' ? 'unsupported' : 'not-decrypted';
  return { verdict, findings, plaintext: null, tried };
}
