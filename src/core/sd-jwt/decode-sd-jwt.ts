import { decodeCompact } from '../decode/decode-compact';
import { countParts } from '../input/count-parts';
import { makeFinding } from '../findings/make-finding';
import { PARTS } from '../catalogue/parts';
import type { DecodedDisclosure, DecodedPart, DecodedToken, Finding, NormalizedInput, PartName } from '../types';
import { decodeDisclosure } from './decode-disclosure';

const KB_PART: Partial<Record<PartName, PartName>> = {
  header: 'kb-header',
  payload: 'kb-payload',
  signature: 'kb-signature',
};

/**
 * Decodes a compact SD-JWT (RFC 9901 §4): `<issuer-jwt>~<disclosure>~…~<disclosure>~[<kb-jwt>]`. The
 * issuer JWT is decoded as any compact JWS (its entry is what verification reads), each disclosure on its
 * own, and a key-binding JWT after the last `~` as a compact JWS of its own. Linear in the input.
 */
export function decodeSdJwt(input: NormalizedInput): DecodedToken {
  const { text, offset } = input;
  const first = text.indexOf('~');
  const issuerText = text.slice(0, first);
  const issuer = decodeCompact({ ...input, text: issuerText }, 'jws');
  const findings: Finding[] = [...issuer.findings];
  const issuerParts = countParts(issuerText);
  if (issuerParts !== 3) {
    findings.push(
      makeFinding(
        'not-a-token',
        `An SD-JWT starts with the issuer-signed JWT before the first "~"; this one has ${issuerParts} dot-separated part${issuerParts === 1 ? '' : 's'}, not 3.`,
        { at: { start: offset, end: offset + Math.max(first, 1) } },
      ),
    );
  }
  const disclosures: DecodedDisclosure[] = [];
  const parts: DecodedPart[] = [...issuer.parts];
  let start = first + 1;
  for (let tilde = text.indexOf('~', start); tilde !== -1; tilde = text.indexOf('~', start)) {
    const decoded = decodeDisclosure(text.slice(start, tilde), disclosures.length, {
      start: offset + start,
      end: offset + tilde,
    });
    disclosures.push(decoded.disclosure);
    parts.push(decoded.part);
    findings.push(...decoded.findings);
    start = tilde + 1;
  }
  const kbText = text.slice(start);
  const kbJwt = kbText === '' ? null : decodeKbJwt({ text: kbText, offset: offset + start, removed: [] });
  if (kbJwt) {
    parts.push(...kbJwt.parts);
    findings.push(...kbJwt.findings);
  }
  return {
    ...issuer,
    format: 'sd-jwt',
    input,
    parts,
    findings,
    sdJwt: { disclosures, kbJwt, presented: text.slice(0, start) },
  };
}

/** The KB-JWT is a compact JWS (RFC 9901 §4.3); its parts are named as its own so panels tell them apart. */
export function decodeKbJwt(input: NormalizedInput): DecodedToken {
  const decoded = decodeCompact(input, 'jws');
  const rename = (name: PartName): PartName => KB_PART[name] ?? name;
  const findings: Finding[] = decoded.findings.map((f) => ({
    ...f,
    stage: 'sd-jwt' as const,
    ...(f.part ? { part: rename(f.part) } : {}),
  }));
  if (countParts(input.text) !== 3)
    findings.push(
      makeFinding('kb-jwt-invalid', 'The part after the last "~" is not a compact JWS, so it is no key-binding JWT.', {
        stage: 'sd-jwt',
        at: { start: input.offset, end: input.offset + input.text.length },
      }),
    );
  return {
    ...decoded,
    parts: decoded.parts.map((part) => ({
      ...part,
      name: rename(part.name),
      label: PARTS[rename(part.name)].label,
      explanation: PARTS[rename(part.name)].explanation,
    })),
    findings,
  };
}
