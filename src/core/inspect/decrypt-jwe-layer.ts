import { flattenedDecrypt, type FlattenedJWE } from 'jose';
import { lookUpJweAlgorithm, lookUpJweEncryption } from '../algorithms/registry';
import { isJsonObject } from '../decode/decode-part';
import { makeFinding } from '../findings/make-finding';
import { checkKeyFits, importKeyFor, type KeyCandidate } from '../keys';
import type { DecodedToken, Finding } from '../types';
import { checkCrit } from './check-crit';
import { readEntryHeaders, readString } from './entry-headers';
import { findUndecodablePart } from './find-undecodable-part';
import { mapJoseError } from './map-jose-error';
import { selectKeys } from './select-keys';
import type { DecryptionVerdict, EntryVerdict, InspectOptions, Layer } from './types';

export const DEFAULT_MAX_PBES2_COUNT = 10_000;
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 250_000;

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
  const recipients = toFlattened(decoded);
  const entries: EntryVerdict[] = [];
  let plaintext: Uint8Array | null = null;
  for (const [index, jwe] of recipients.entries()) {
    const headers = readEntryHeaders(decoded, index, recipients.length);
    const entry: EntryVerdict = {
      index,
      alg: readString(headers.merged, 'alg'),
      kid: readString(headers.merged, 'kid'),
      verdict: 'not-decrypted',
    };
    entries.push(entry);
    if (plaintext || !jwe) continue;
    const undecodable = findUndecodablePart(decoded, index, recipients.length);
    if (undecodable) {
      entry.verdict = 'failed';
      const message = `${undecodable.label} is not valid base64url, so the JWE is rejected before any decryption (RFC 7516 §5.2).`;
      findings.push(makeFinding('decryption-failed', message, { layer, part: undecodable.name }));
      continue;
    }
    const result = await decryptEntry(jwe, headers, candidates, options, layer);
    findings.push(...result.findings);
    entry.verdict = result.verdict;
    if (result.keyUsed) entry.keyUsed = result.keyUsed;
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
  keyUsed?: string;
}

async function decryptEntry(
  jwe: FlattenedJWE,
  headers: ReturnType<typeof readEntryHeaders>,
  candidates: KeyCandidate[],
  options: InspectOptions,
  layer: number,
): Promise<EntryResult> {
  const findings: Finding[] = [];
  const at = { part: 'header' as const, layer };
  const fail = (verdict: DecryptionVerdict, ...extra: Finding[]): EntryResult => ({
    verdict,
    findings: [...findings, ...extra],
    plaintext: null,
  });
  const { alg, enc } = headers.merged;
  if (typeof alg !== 'string' || typeof enc !== 'string') return fail('failed');
  const algInfo = lookUpJweAlgorithm(alg);
  const encInfo = lookUpJweEncryption(enc);
  if (!algInfo)
    return fail('failed', makeFinding('alg-invalid', `"${alg}" is not a JWE key management algorithm.`, at));
  if (!encInfo)
    return fail('failed', makeFinding('enc-invalid', `"${enc}" is not a JWE content encryption algorithm.`, at));
  const allowed = options.expected?.algorithms?.filter((a) => lookUpJweAlgorithm(a) || lookUpJweEncryption(a)) ?? [];
  for (const name of [alg, enc]) {
    if (allowed.length > 0 && !allowed.includes(name))
      return fail(
        'failed',
        makeFinding('alg-not-allowed', `"${name}" is not in the allowed list (${allowed.join(', ')}).`, at),
      );
  }
  for (const info of [algInfo, encInfo]) {
    const name = 'alg' in info ? info.alg : info.enc;
    if (info.support === 'unsupported')
      return fail(
        'unsupported',
        makeFinding('alg-unsupported', `${name}: ${info.unsupportedReason ?? 'not supported here.'}`, at),
      );
  }
  const maxCount = options.maxPbes2Count ?? DEFAULT_MAX_PBES2_COUNT;
  if (algInfo.family === 'PBES2') {
    const count = headers.merged.p2c;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      return fail('failed', makeFinding('jwe-invalid', '"p2c" must be a positive integer.', at));
    // Refused before any PBKDF2 runs: the count is the attacker's to choose (RFC 8725 §3.5).
    if (count > maxCount) {
      return fail(
        'failed',
        makeFinding(
          'pbes2-count-exceeded',
          `"p2c" is ${count.toLocaleString('en')}, above the limit of ${maxCount.toLocaleString('en')}; nothing was computed.`,
          at,
        ),
      );
    }
  }
  const crit = checkCrit(headers.protectedHeader, headers.unprotected, layer);
  findings.push(...crit.findings);
  if (crit.findings.length > 0) return fail('failed');

  const selection = selectKeys(candidates, headers.merged.kid, layer);
  findings.push(...selection.findings);
  if (candidates.length === 0) {
    findings.push(
      makeFinding(
        'key-missing',
        'No decryption key given: paste the recipient’s private key, the shared key or the password.',
        { layer },
      ),
    );
  }
  let verdict: DecryptionVerdict = 'not-decrypted';
  for (const candidate of selection.keys) {
    const fit = checkKeyFits(candidate, alg, 'decrypt', enc);
    if (!fit.fits) {
      findings.push(makeFinding(fit.code, `${candidate.label}: ${fit.reason}`, { layer }));
      continue;
    }
    try {
      const key = await importKeyFor(candidate, alg, 'decrypt', enc);
      const result = await flattenedDecrypt(jwe, key, {
        keyManagementAlgorithms: [alg],
        contentEncryptionAlgorithms: [enc],
        maxPBES2Count: maxCount,
        maxDecompressedLength: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
      });
      findings.push(makeFinding('decrypted', `Decrypted with ${candidate.label}.`, { layer }));
      return { verdict: 'decrypted', findings, plaintext: result.plaintext, keyUsed: candidate.label };
    } catch (error) {
      const meaning = mapJoseError(error, 'decrypt');
      findings.push(makeFinding(meaning.code, `${candidate.label}: ${meaning.message}`, { layer }));
      if (meaning.isUnsupported) verdict = verdict === 'failed' ? 'failed' : 'unsupported';
      else if (meaning.code !== 'key-invalid') verdict = 'failed';
    }
  }
  return { verdict, findings, plaintext: null };
}

/** Every recipient as a flattened JWE (RFC 7516 §7.2.2). */
function toFlattened(decoded: DecodedToken): Array<FlattenedJWE | null> {
  const text = decoded.input.text;
  if (decoded.format === 'jwe-compact') {
    const [protectedHeader = '', encryptedKey = '', iv = '', ciphertext = '', tag = ''] = text.split('.');
    // "dir" and "ECDH-ES" carry no encrypted key: the flattened form omits the member (RFC 7516 §7.2.1).
    return [
      { protected: protectedHeader, ...(encryptedKey ? { encrypted_key: encryptedKey } : {}), iv, ciphertext, tag },
    ];
  }
  const d: unknown = JSON.parse(text);
  if (!isJsonObject(d)) return [];
  if (typeof d.ciphertext !== 'string') return [];
  const shared: FlattenedJWE = { ciphertext: d.ciphertext };
  for (const name of ['protected', 'iv', 'tag', 'aad'] as const) {
    const value = d[name];
    if (typeof value === 'string') shared[name] = value;
  }
  if (isJsonObject(d.unprotected)) shared.unprotected = d.unprotected as FlattenedJWE['unprotected'];
  const recipients: unknown[] = Array.isArray(d.recipients) ? d.recipients : [d];
  return recipients.map((r) => {
    if (!isJsonObject(r)) return null;
    const jwe: FlattenedJWE = { ...shared };
    if (typeof r.encrypted_key === 'string') jwe.encrypted_key = r.encrypted_key;
    if (isJsonObject(r.header)) jwe.header = r.header as FlattenedJWE['header'];
    return jwe;
  });
}
