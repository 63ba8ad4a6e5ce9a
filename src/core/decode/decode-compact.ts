import { splitRanges } from '../input/count-parts';
import type { DecodedPart, DecodedToken, Finding, NormalizedInput, PartName } from '../types';
import { checkJweHeader, checkJwsHeader } from './check-header';
import { decodePart, detachedPayload, isJsonObject, type PartMode } from './decode-part';

const JWS_PARTS: ReadonlyArray<readonly [PartName, PartMode]> = [
  ['header', 'header'],
  ['payload', 'payload'],
  ['signature', 'bytes'],
];
const JWE_PARTS: ReadonlyArray<readonly [PartName, PartMode]> = [
  ['header', 'header'],
  ['encrypted-key', 'bytes'],
  ['iv', 'bytes'],
  ['ciphertext', 'bytes'],
  ['tag', 'bytes'],
];

/**
 * Decodes a compact JWS (RFC 7515 §7.1) or JWE (RFC 7516 §7.1). Every segment is decoded on its
 * own so that one bad segment never hides the others.
 */
export function decodeCompact(input: NormalizedInput, kind: 'jws' | 'jwe'): DecodedToken {
  const ranges = splitRanges(input.text);
  const layout = kind === 'jws' ? JWS_PARTS : JWE_PARTS;
  const findings: Finding[] = [];
  const parts: DecodedPart[] = [];

  const headerRange = ranges[0] ?? { start: 0, end: 0 };
  const headerResult = decodePart({
    name: 'header',
    encoded: input.text.slice(headerRange.start, headerRange.end),
    range: shift(headerRange, input.offset),
    mode: 'header',
  });
  parts.push(headerResult.part);
  findings.push(...headerResult.findings);
  const headerContent = headerResult.part.content;
  const header = headerContent?.type === 'json' && isJsonObject(headerContent.value) ? headerContent.value : null;
  // RFC 7797 §3: with "b64": false the payload segment is the payload itself, not base64url.
  const isUnencodedPayload = kind === 'jws' && header !== null && header.b64 === false;

  layout.slice(1).forEach(([name, defaultMode], i) => {
    const range = ranges[i + 1] ?? { start: input.text.length, end: input.text.length };
    const mode: PartMode = name === 'payload' && isUnencodedPayload ? 'unencoded' : defaultMode;
    const encoded = input.text.slice(range.start, range.end);
    const result =
      name === 'payload' && encoded.length === 0
        ? detachedPayload(shift(range, input.offset), 'the segment is empty')
        : decodePart({ name, encoded, range: shift(range, input.offset), mode });
    parts.push(result.part);
    findings.push(...result.findings);
  });

  let isUnsecured = false;
  if (header) {
    const byName = Object.fromEntries(parts.map((p) => [p.name, p])) as Partial<Record<PartName, DecodedPart>>;
    if (kind === 'jws') isUnsecured = checkJwsHeader(header, byName.signature, findings);
    else checkJweHeader(header, byName, findings);
  }

  return {
    format: kind === 'jws' ? 'jws-compact' : 'jwe-compact',
    input,
    header,
    parts,
    isUnsecured,
    findings,
  };
}

export function shift(range: { start: number; end: number }, by: number) {
  return { start: range.start + by, end: range.end + by };
}
