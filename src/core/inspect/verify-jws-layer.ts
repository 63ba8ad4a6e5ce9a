import { flattenedVerify, type FlattenedJWSInput } from 'jose';
import { lookUpJwsAlgorithm, isUnsecuredAlg } from '../algorithms/registry';
import { isJsonObject } from '../decode/decode-part';
import { encodeBase64Url } from '../encoding/base64url';
import { makeFinding } from '../findings/make-finding';
import { checkKeyFits, findWeakKey, importKeyFor, type KeyCandidate } from '../keys';
import type { DecodedPart, DecodedToken, Finding } from '../types';
import { checkB64, checkCrit } from './check-crit';
import { readEntryHeaders, readString } from './entry-headers';
import { findUndecodablePart } from './find-undecodable-part';
import { mapJoseError } from './map-jose-error';
import { selectKeys } from './select-keys';
import type { EntryVerdict, InspectOptions, Layer, SignatureVerdict } from './types';

/** Verifies every signature of a JWS layer (RFC 7515 §5.2) against the given keys. */
export async function verifyJwsLayer(
  decoded: DecodedToken,
  candidates: KeyCandidate[],
  options: InspectOptions,
  layer: number,
): Promise<{ layer: Layer; findings: Finding[] }> {
  const findings: Finding[] = [];
  const serialized = toFlattened(decoded, options.detachedPayload);
  const entries: EntryVerdict[] = [];
  for (const [index, jws] of serialized.entries()) {
    const headers = readEntryHeaders(decoded, index, serialized.length);
    const undecodable = findUndecodablePart(decoded, index, serialized.length);
    const result = undecodable
      ? rejectUndecodable(undecodable, layer)
      : await verifyEntry(jws, headers, candidates, options, layer);
    findings.push(...result.findings);
    entries.push({
      index,
      alg: readString(headers.merged, 'alg'),
      kid: readString(headers.merged, 'kid'),
      verdict: result.verdict,
      ...(result.keyUsed ? { keyUsed: result.keyUsed } : {}),
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

/** A general JWS is valid when any signature is (RFC 7515 §7.2); otherwise the most telling failure wins. */
function combine(verdicts: SignatureVerdict[]): SignatureVerdict {
  const order: SignatureVerdict[] = ['valid', 'invalid', 'unsecured', 'unsupported', 'not-verified'];
  return order.find((v) => verdicts.includes(v)) ?? 'not-verified';
}

interface EntryResult {
  verdict: SignatureVerdict;
  findings: Finding[];
  keyUsed?: string;
}

function rejectUndecodable(part: DecodedPart, layer: number): EntryResult {
  const message = `${part.label} is not valid base64url, so the JWS is rejected before any signature check (RFC 7515 §5.2).`;
  return { verdict: 'invalid', findings: [makeFinding('signature-invalid', message, { layer, part: part.name })] };
}

async function verifyEntry(
  jws: FlattenedJWSInput | null,
  headers: ReturnType<typeof readEntryHeaders>,
  candidates: KeyCandidate[],
  options: InspectOptions,
  layer: number,
): Promise<EntryResult> {
  const findings: Finding[] = [];
  const at = { part: 'header' as const, layer };
  const alg = headers.merged.alg;
  if (isUnsecuredAlg(alg)) return { verdict: 'unsecured', findings };
  if (typeof alg !== 'string') return { verdict: 'invalid', findings };
  const info = lookUpJwsAlgorithm(alg);
  if (!info)
    return { verdict: 'invalid', findings: [makeFinding('alg-invalid', `"${alg}" is not a JWS algorithm.`, at)] };
  const allowed = options.expected?.algorithms?.filter((a) => lookUpJwsAlgorithm(a) || isUnsecuredAlg(a)) ?? [];
  if (allowed.length > 0 && !allowed.includes(alg)) {
    return {
      verdict: 'invalid',
      findings: [
        makeFinding('alg-not-allowed', `alg "${alg}" is not in the allowed list (${allowed.join(', ')}).`, at),
      ],
    };
  }
  if (info.support === 'unsupported') {
    return {
      verdict: 'unsupported',
      findings: [makeFinding('alg-unsupported', `${alg}: ${info.unsupportedReason ?? 'not supported here.'}`, at)],
    };
  }
  const crit = checkCrit(headers.protectedHeader, headers.unprotected, layer);
  findings.push(...crit.findings, ...checkB64(headers.protectedHeader, headers.unprotected, layer));
  if (findings.some((f) => f.code === 'crit-invalid')) return { verdict: 'invalid', findings };
  // A signature entry without a "signature" string: the decoder has said so (serialization-invalid).
  if (!jws) return { verdict: 'invalid', findings };
  // An empty payload is either empty content or detached content (RFC 7515 Appendix F): a signature
  // over the empty payload verifies as such; any other outcome asks for the detached payload.
  const isMaybeDetached = jws.payload === '' && options.detachedPayload === undefined;

  const selection = selectKeys(candidates, headers.merged.kid, layer);
  findings.push(...selection.findings);
  if (candidates.length === 0) {
    findings.push(
      makeFinding(
        'key-missing',
        'No verification key given: paste the issuer’s public key, certificate, JWKS or shared secret.',
        { layer },
      ),
    );
  }
  let verdict: SignatureVerdict = 'not-verified';
  // Per-key failures; if a later key verifies, they were just the other keys of a set (no kid to pick by).
  const attempts: Finding[] = [];
  const settle = () =>
    findings.push(...attempts.map((f) => ({ ...f, severity: 'info' as const, message: `Tried first: ${f.message}` })));
  for (const candidate of selection.keys) {
    const fit = checkKeyFits(candidate, alg, 'verify');
    if (!fit.fits) {
      attempts.push(makeFinding(fit.code, `${candidate.label}: ${fit.reason}`, { layer }));
      if (fit.code === 'alg-unsupported') verdict = 'unsupported';
      continue;
    }
    try {
      const key = await importKeyFor(candidate, alg, 'verify');
      await flattenedVerify(jws, key, {
        algorithms: [alg],
        crit: Object.fromEntries(crit.unknown.map((name) => [name, true])),
      });
      settle();
      const weak = findWeakKey(candidate, alg);
      if (weak) findings.push({ ...weak, layer });
      if (crit.unknown.length > 0) {
        findings.push(
          makeFinding(
            'signature-valid',
            `The signature is mathematically correct under ${candidate.label}, but the token is rejected for its unknown critical extension.`,
            { layer },
          ),
        );
        return { verdict: 'invalid', findings, keyUsed: candidate.label };
      }
      findings.push(
        makeFinding('signature-valid', `Signature verified with ${candidate.label}.`, { layer, part: 'signature' }),
      );
      return { verdict: 'valid', findings, keyUsed: candidate.label };
    } catch (error) {
      const meaning = mapJoseError(error, 'verify');
      attempts.push(makeFinding(meaning.code, `${candidate.label}: ${meaning.message}`, { layer, part: 'signature' }));
      verdict = meaning.isUnsupported
        ? verdict === 'invalid'
          ? 'invalid'
          : 'unsupported'
        : meaning.code === 'key-invalid'
          ? verdict
          : 'invalid';
    }
  }
  findings.push(...attempts);
  if (crit.unknown.length > 0 && verdict !== 'unsupported') verdict = 'invalid';
  if (isMaybeDetached && verdict !== 'unsupported' && crit.unknown.length === 0) {
    return {
      verdict: 'not-verified',
      findings: [...findings.filter((f) => f.code !== 'signature-invalid'), detachedFinding(layer)],
    };
  }
  return { verdict, findings };
}

function detachedFinding(layer: number): Finding {
  return makeFinding('payload-detached', 'The payload is detached: paste it to verify the signature.', {
    part: 'payload',
    layer,
  });
}

/** Every signature as a flattened JWS, with a detached payload filled in when one was supplied. */
function toFlattened(decoded: DecodedToken, detached: string | undefined): Array<FlattenedJWSInput | null> {
  const text = decoded.input.text;
  if (decoded.format === 'jws-compact') {
    const [protectedHeader = '', payload = '', signature = ''] = text.split('.');
    return [withPayload({ protected: protectedHeader, payload, signature }, decoded, detached)];
  }
  const record: unknown = JSON.parse(text);
  if (!isJsonObject(record)) return [];
  const payload = typeof record.payload === 'string' ? record.payload : '';
  const signatures: unknown[] = Array.isArray(record.signatures) ? record.signatures : [record];
  return signatures.map((entry) => {
    if (!isJsonObject(entry)) return null;
    const e = entry;
    if (typeof e.signature !== 'string') return null;
    const jws: FlattenedJWSInput = { payload, signature: e.signature };
    if (typeof e.protected === 'string') jws.protected = e.protected;
    if (isJsonObject(e.header)) jws.header = e.header as FlattenedJWSInput['header'];
    return withPayload(jws, decoded, detached);
  });
}

/** Fills a detached payload (RFC 7515 Appendix F), encoded unless the header says `b64: false` (RFC 7797). */
function withPayload(jws: FlattenedJWSInput, decoded: DecodedToken, detached: string | undefined): FlattenedJWSInput {
  if (jws.payload !== '' || detached === undefined) return jws;
  const isUnencoded = decoded.header !== null && decoded.header.b64 === false;
  return { ...jws, payload: isUnencoded ? detached : encodeBase64Url(new TextEncoder().encode(detached)) };
}
