import { makeFinding } from '../findings/make-finding';
import type { DecodedDisclosure, DecodedToken, Finding } from '../types';
import { decodeDisclosure } from './decode-disclosure';
import { decodeKbJwt } from './decode-sd-jwt';

/**
 * An SD-JWT in JWS JSON serialization (RFC 9901 §8): the disclosures and the KB-JWT ride in the unprotected
 * header as `disclosures` and `kb_jwt`. A JWS JSON without `disclosures` is returned unchanged. `sd_hash` is
 * taken over the compact form built from the same parts (§8.1).
 */
export function readJsonSdJwt(decoded: DecodedToken): DecodedToken {
  const entry = decoded.entries[0];
  const unprotected = entry?.unprotectedHeader ?? null;
  if (decoded.format !== 'jws-json' || unprotected === null || !Object.hasOwn(unprotected, 'disclosures'))
    return decoded;
  const findings: Finding[] = [...decoded.findings];
  const list = unprotected.disclosures;
  const disclosures: DecodedDisclosure[] = [];
  const parts = [...decoded.parts];
  if (!Array.isArray(list)) {
    findings.push(
      makeFinding('sd-disclosure-invalid', 'The unprotected header’s "disclosures" is not an array of strings.', {
        stage: 'sd-jwt',
        part: 'unprotected-header',
        name: 'disclosures',
      }),
    );
  } else {
    for (const item of list) {
      const one = decodeDisclosure(typeof item === 'string' ? item : '', disclosures.length, null);
      disclosures.push(one.disclosure);
      parts.push(one.part);
      findings.push(...one.findings);
    }
  }
  const kbText =
    Object.hasOwn(unprotected, 'kb_jwt') && typeof unprotected.kb_jwt === 'string' ? unprotected.kb_jwt : '';
  const kbJwt = kbText === '' ? null : decodeKbJwt({ text: kbText, offset: 0, removed: [] });
  if (kbJwt) {
    parts.push(...kbJwt.parts.map((p) => ({ ...p, range: null })));
    findings.push(...kbJwt.findings.map(({ at: _at, ...f }) => f));
  }
  const jws = entry?.flattened?.kind === 'jws' ? entry.flattened.jws : null;
  const compact = jws ? `${jws.protected ?? ''}.${jws.payload}.${jws.signature}` : '';
  const presented = `${compact}~${disclosures.map((d) => `${d.encoded}~`).join('')}`;
  return { ...decoded, format: 'sd-jwt-json', parts, findings, sdJwt: { disclosures, kbJwt, presented } };
}
