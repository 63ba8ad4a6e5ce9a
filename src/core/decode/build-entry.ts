import type { DecodedEntry, DecodedPart, EntryRejection, Finding, JsonObject, PartName } from '../types';
import { checkHeaderKeys } from './check-header-keys';
import { checkHeaderParams } from './check-header-params';

export interface EntrySource {
  index: number;
  /** The protected header part, when the serialization has one. */
  protectedPart: DecodedPart | undefined;
  protectedHeader: JsonObject | null;
  unprotectedHeader: JsonObject | null;
  /** Every part this entry's cryptography reads, its own and the shared ones. */
  parts: ReadonlyArray<DecodedPart | undefined>;
  flattened: DecodedEntry['flattened'];
  /** The member whose absence leaves `flattened` null. */
  missingPart?: PartName;
  /** Signature or recipient index as shown, in a general serialization with several. */
  entry: number | undefined;
}

/**
 * Builds one flattened entry and says whether it must be refused before any key is tried: a part that is
 * not base64url, a protected header that is not a JSON object, then a header parameter of the wrong type
 * (RFC 7515 §5.2 steps 1–5, RFC 7516 §5.2 steps 1–5). Pushes the header-parameter findings.
 */
export function buildEntry(source: EntrySource, findings: Finding[]): DecodedEntry {
  const { protectedHeader, unprotectedHeader } = source;
  const paramFindings = checkHeaderParams(
    [
      { header: protectedHeader, part: 'header' },
      { header: unprotectedHeader, part: 'unprotected-header' },
    ],
    source.entry,
  );
  const header = Object.fromEntries([
    ...Object.entries(protectedHeader ?? {}),
    ...Object.entries(unprotectedHeader ?? {}),
  ]);
  findings.push(
    ...paramFindings,
    ...checkHeaderKeys(header, source.entry === undefined ? {} : { entry: source.entry }),
  );
  return {
    index: source.index,
    protectedHeader,
    unprotectedHeader,
    header,
    rejection: findRejection(source, paramFindings),
    flattened: source.flattened,
  };
}

function findRejection(source: EntrySource, paramFindings: Finding[]): EntryRejection | null {
  const undecodable = source.parts.find((p) => p !== undefined && p.hasError && p.byteLength === null);
  if (undecodable) return { reason: 'part-undecodable', part: undecodable.name };
  if (source.protectedPart && source.protectedHeader === null) return { reason: 'header-unreadable', part: 'header' };
  const param = paramFindings[0];
  if (param)
    return {
      reason: 'header-param-invalid',
      part: param.part ?? 'header',
      ...(param.name ? { name: param.name } : {}),
    };
  if (source.flattened === null) return { reason: 'serialization-invalid', part: source.missingPart ?? 'signature' };
  return null;
}
