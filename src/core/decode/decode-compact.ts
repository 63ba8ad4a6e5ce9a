import { splitRanges } from '../input/count-parts';
import { isJsonObject } from '../json/is-json-object';
import type {
  DecodedEntry,
  DecodedPart,
  DecodedToken,
  Finding,
  NormalizedInput,
  PartName,
  SourceRange,
} from '../types';
import { buildEntry } from './build-entry';
import { checkJweHeader, checkJwsHeader } from './check-header';
import { decodePart, detachedPayload, type PartMode } from './decode-part';

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
 * own so that one bad segment never hides the others; the segments also become the one flattened entry
 * that verification or decryption reads.
 */
export function decodeCompact(input: NormalizedInput, kind: 'jws' | 'jwe'): DecodedToken {
  const ranges = splitRanges(input.text);
  const layout = kind === 'jws' ? JWS_PARTS : JWE_PARTS;
  const findings: Finding[] = [];
  const parts: DecodedPart[] = [];
  const segments: string[] = [];

  const headerRange = ranges[0] ?? { start: 0, end: 0 };
  segments.push(input.text.slice(headerRange.start, headerRange.end));
  const headerResult = decodePart({
    name: 'header',
    encoded: segments[0] ?? '',
    range: shift(headerRange, input.offset),
    mode: 'header',
  });
  parts.push(headerResult.part);
  findings.push(...headerResult.findings);
  const headerContent = headerResult.part.content;
  const header = headerContent?.type === 'json' && isJsonObject(headerContent.value) ? headerContent.value : null;
  // RFC 7797 §3: with "b64": false the payload segment is the payload itself, not base64url.
  const isUnencodedPayload = kind === 'jws' && header !== null && Object.hasOwn(header, 'b64') && header.b64 === false;

  layout.slice(1).forEach(([name, defaultMode], i) => {
    const range = ranges[i + 1] ?? { start: input.text.length, end: input.text.length };
    const mode: PartMode = name === 'payload' && isUnencodedPayload ? 'unencoded' : defaultMode;
    const encoded = input.text.slice(range.start, range.end);
    segments.push(encoded);
    const result =
      name === 'payload' && encoded.length === 0
        ? detachedPayload(shift(range, input.offset), 'the segment is empty')
        : decodePart({ name, encoded, range: shift(range, input.offset), mode });
    parts.push(result.part);
    findings.push(...result.findings);
  });

  const entry = buildEntry(
    {
      index: 0,
      protectedPart: headerResult.part,
      protectedHeader: header,
      unprotectedHeader: null,
      parts,
      flattened: flatten(kind, segments),
      entry: undefined,
    },
    findings,
  );
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
    entries: [entry],
    isUnsecured,
    findings,
  };
}

/** The compact segments as the flattened form a JOSE library takes (RFC 7515 §7.2.2, RFC 7516 §7.2.2). */
function flatten(kind: 'jws' | 'jwe', segments: string[]): DecodedEntry['flattened'] {
  const [protectedHeader = '', second = '', third = '', ciphertext = '', tag = ''] = segments;
  if (kind === 'jws') return { kind, jws: { protected: protectedHeader, payload: second, signature: third } };
  // "dir" and "ECDH-ES" carry no encrypted key: the flattened form omits the member (RFC 7516 §7.2.1).
  return {
    kind,
    jwe: {
      protected: protectedHeader,
      ...(second ? { encrypted_key: second } : {}),
      iv: third,
      ciphertext,
      tag,
    },
  };
}

export function shift(range: SourceRange, by: number): SourceRange {
  return { start: range.start + by, end: range.end + by };
}
