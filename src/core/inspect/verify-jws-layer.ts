import { flattenedVerify, type FlattenedJWSInput } from 'jose';
import { isUnsecuredAlg, lookUpJwsAlgorithm } from '../algorithms/registry';
import { encodeBase64Url } from '../encoding/base64url';
import { makeFinding } from '../findings/make-finding';
import { verifyFlattenedWithNoble } from '../extra/noble-flattened-jws';
import { checkKeyFits, findWeakKey, importKeyFor, isNobleKey, type KeyCandidate } from '../keys';
import type { DecodedEntry, DecodedToken, Finding, FlattenedJws } from '../types';
import { checkB64, checkCrit } from './check-crit';
import { readString } from '../json/read-string';
import { rejectEntry } from './reject-entry';
import { selectKeys, type SelectedKeys } from './select-keys';
import { tryKeys } from './try-keys';
import type { EntryVerdict, InspectOptions, KeySelection, Layer, SignatureVerdict } from './types';

/**
 * Verifies every signature of a JWS layer (RFC 7515 §5.2) against the given keys. `embedded` is set only
 * for a DPoP proof, whose candidates are the key of its own header (RFC 9449 §4.3 step 6): no kid
 * selection then, and no usable key means the proof is invalid (the profile says why).
 */
export async function verifyJwsLayer(
  decoded: DecodedToken,
  candidates: KeyCandidate[],
  options: InspectOptions,
  layer: number,
  embedded?: { thumbprint: string | null },
): Promise<{ layer: Layer; findings: Finding[] }> {
  const findings: Finding[] = [];
  const entries: EntryVerdict[] = [];
  const isGeneral = decoded.entries.length > 1;
  for (const entry of decoded.entries) {
    const at: Partial<Finding> = { layer, ...(isGeneral ? { entry: entry.index } : {}) };
    const selected = embedded ? selectEmbedded(candidates, entry.header) : selectKeys(candidates, entry.header, at);
    findings.push(...selected.findings);
    const result = await verifyEntry(entry, selected.keys, candidates.length, options, at, embedded !== undefined);
    findings.push(...result.findings);
    entries.push({
      index: entry.index,
      alg: readString(entry.header, 'alg'),
      kid: selected.kid,
      verdict: result.verdict,
      keySelection: { kid: selected.kid, outcome: selected.outcome, tried: result.tried },
      ...(result.keyUsed ? { keyUsed: result.keyUsed } : {}),
      ...(embedded ? { embeddedKey: embedded } : {}),
    });
  }
  return {
    layer: {
      kind: 'jws',
      format: decoded.format,
      header: decoded.header,
      parts: decoded.parts,
      verdict: combine(entries.map((e) => e.verdict as SignatureVerdict)),
      entries,
    },
    findings,
  };
}

/** The proof's own key is the only candidate: nothing is chosen by kid. */
function selectEmbedded(candidates: KeyCandidate[], header: DecodedEntry['header']): SelectedKeys {
  return {
    keys: candidates,
    kid: readString(header, 'kid'),
    outcome: candidates.length > 0 ? 'tried-unnamed' : 'no-keys',
    findings: [],
  };
}

/** A general JWS is valid when any signature is (RFC 7515 §7.2); otherwise the most telling failure wins. */
function combine(verdicts: SignatureVerdict[]): SignatureVerdict {
  const order: SignatureVerdict[] = ['valid', 'invalid', 'unsecured', 'unsupported', 'not-verified'];
  return order.find((v) => verdicts.includes(v)) ?? 'not-verified';
}

interface EntryResult {
  verdict: SignatureVerdict;
  findings: Finding[];
  tried: KeySelection['tried'];
  keyUsed?: string;
}

async function verifyEntry(
  entry: DecodedEntry,
  keys: KeyCandidate[],
  candidateCount: number,
  options: InspectOptions,
  at: Partial<Finding>,
  isEmbedded: boolean,
): Promise<EntryResult> {
  const refuse = (verdict: SignatureVerdict, ...findings: Finding[]): EntryResult => ({ verdict, findings, tried: 0 });
  if (entry.rejection) return refuse('invalid', rejectEntry(entry.rejection, 'jws', at));
  const alg = entry.header.alg;
  if (isUnsecuredAlg(alg)) return refuse('unsecured');
  // The decoder has said what is wrong with the alg (alg-invalid).
  if (typeof alg !== 'string' || entry.flattened?.kind !== 'jws') return refuse('invalid');
  const onHeader = { ...at, part: 'header' as const, name: 'alg' };
  const info = lookUpJwsAlgorithm(alg);
  if (!info)
    return refuse(
      'invalid',
      makeFinding('alg-invalid', `"${alg}" is not a JWS algorithm.`, { ...onHeader, stage: 'verify' }),
    );
  const allowed = options.expected?.algorithms?.filter((a) => lookUpJwsAlgorithm(a) || isUnsecuredAlg(a)) ?? [];
  if (allowed.length > 0 && !allowed.includes(alg)) {
    return refuse(
      'invalid',
      makeFinding('alg-not-allowed', `alg "${alg}" is not in the allowed list (${allowed.join(', ')}).`, onHeader),
    );
  }
  if (info.support === 'unsupported') {
    return refuse(
      'unsupported',
      makeFinding('alg-unsupported', `${alg}: ${info.unsupportedReason ?? 'not supported here.'}`, onHeader),
    );
  }
  const crit = checkCrit(entry.protectedHeader, entry.unprotectedHeader, at);
  const findings: Finding[] = [...crit.findings, ...checkB64(entry.protectedHeader, entry.unprotectedHeader, at)];
  if (findings.some((f) => f.code === 'crit-invalid')) return { verdict: 'invalid', findings, tried: 0 };
  if (isEmbedded && candidateCount === 0) return { verdict: 'invalid', findings, tried: 0 };
  if (candidateCount === 0) {
    const message = 'No verification key given: paste the issuer’s public key, certificate, JWKS or shared secret.';
    findings.push(makeFinding('key-missing', message, at));
  }
  const jws = withPayload(entry, entry.flattened.jws, options.detachedPayload);
  // An empty payload is either empty content or detached content (RFC 7515 Appendix F): a signature
  // over the empty payload verifies as such; any other outcome asks for the detached payload, which the
  // decoder's `payload-detached` finding already does.
  const isMaybeDetached = jws.payload === '' && options.detachedPayload === undefined;
  const trial = await tryKeys(
    keys,
    {
      operation: 'verify',
      tokenKid: readString(entry.header, 'kid'),
      fit: (candidate) => checkKeyFits(candidate, alg, 'verify'),
      run: async (candidate) => {
        const key = await importKeyFor(candidate, alg, 'verify');
        // A key WebCrypto lacks runs on the noble engine (the curve table's `engine`).
        if (isNobleKey(key)) return verifyFlattenedWithNoble(jws, key);
        await flattenedVerify(jws as FlattenedJWSInput, key, {
          algorithms: [alg],
          crit: Object.fromEntries(crit.unknown.map((name) => [name, true])),
        });
      },
    },
    { ...at, part: 'signature' },
  );
  const { tried } = trial;
  if (trial.success) {
    const { candidate } = trial.success;
    findings.push(...trial.findings);
    const weak = findWeakKey(candidate, alg);
    if (weak) findings.push({ ...weak, ...at, source: candidate.source ?? 'token' });
    if (crit.unknown.length > 0) {
      const message = `The signature is mathematically correct under ${candidate.label}, but the token is rejected for its unknown critical extension.`;
      findings.push(makeFinding('signature-valid', message, at));
      return { verdict: 'invalid', findings, tried, keyUsed: candidate.label };
    }
    findings.push(
      makeFinding('signature-valid', `Signature verified with ${candidate.label}.`, { ...at, part: 'signature' }),
    );
    return { verdict: 'valid', findings, tried, keyUsed: candidate.label };
  }
  if (isMaybeDetached && trial.failure !== 'unsupported' && crit.unknown.length === 0) {
    return {
      verdict: 'not-verified',
      findings: [...findings, ...trial.findings.filter((f) => f.code !== 'signature-invalid')],
      tried,
    };
  }
  findings.push(...trial.findings);
  const verdict: SignatureVerdict =
    crit.unknown.length > 0 && trial.failure !== 'unsupported'
      ? 'invalid'
      : trial.failure === 'rejected'
        ? 'invalid'
        : trial.failure === 'unsupported'
          ? 'unsupported'
          : 'not-verified';
  return { verdict, findings, tried };
}

/** Fills a detached payload (RFC 7515 Appendix F), encoded unless the header says `b64: false` (RFC 7797). */
function withPayload(entry: DecodedEntry, jws: FlattenedJws, detached: string | undefined): FlattenedJws {
  if (jws.payload !== '' || detached === undefined) return jws;
  const header = entry.protectedHeader;
  const isUnencoded = header !== null && Object.hasOwn(header, 'b64') && header.b64 === false;
  return { ...jws, payload: isUnencoded ? detached : encodeBase64Url(new TextEncoder().encode(detached)) };
}
