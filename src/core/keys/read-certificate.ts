import { contentOf, decodeOid, expectTag, readChildren, readRoot, TAG, type DerElement } from './der';
import { COMMON_NAME_OID } from './oids';

export interface CertificateInfo {
  /** The DER SubjectPublicKeyInfo, ready for SPKI import. */
  spki: Uint8Array;
  /** The subject's common name (CN), when it has one. */
  commonName?: string;
}

/**
 * Reads an X.509 certificate (RFC 5280 §4.1) just far enough to find its subject's CN and its
 * SubjectPublicKeyInfo: Certificate → tbsCertificate → [version] serial signature issuer validity
 * subject subjectPublicKeyInfo. The signature and validity are not checked: the user chose this key.
 */
export function readCertificate(der: Uint8Array): CertificateInfo {
  const certificate = readRoot(der, TAG.SEQUENCE, 'a Certificate');
  const [tbs] = readChildren(der, certificate);
  expectTag(tbs, TAG.SEQUENCE, 'the tbsCertificate');
  const fields = readChildren(der, tbs);
  // version is [0] EXPLICIT and DEFAULT v1, so it may be absent (RFC 5280 §4.1.2.1).
  const first = fields[0]?.tag === TAG.CONTEXT_0 ? 1 : 0;
  const subject = fields[first + 4];
  const spki = fields[first + 5];
  expectTag(subject, TAG.SEQUENCE, 'the subject Name');
  expectTag(spki, TAG.SEQUENCE, 'the subjectPublicKeyInfo');
  const commonName = findCommonName(der, subject);
  return { spki: der.subarray(spki.start, spki.end), ...(commonName === undefined ? {} : { commonName }) };
}

/** The first CN in a Name: SEQUENCE OF SET OF { type OID, value } (RFC 5280 §4.1.2.4). */
function findCommonName(der: Uint8Array, name: DerElement): string | undefined {
  for (const rdn of readChildren(der, name)) {
    if (rdn.tag !== TAG.SET) continue;
    for (const attribute of readChildren(der, rdn)) {
      if (attribute.tag !== TAG.SEQUENCE) continue;
      const [type, value] = readChildren(der, attribute);
      if (type?.tag !== TAG.OID || value === undefined) continue;
      if (decodeOid(contentOf(der, type)) === COMMON_NAME_OID)
        return decodeDirectoryString(value.tag, contentOf(der, value));
    }
  }
  return undefined;
}

/** DirectoryString (RFC 5280 §4.1.2.4) and its legacy relatives, as text. */
function decodeDirectoryString(tag: number, bytes: Uint8Array): string {
  switch (tag) {
    case TAG.BMP_STRING:
      return new TextDecoder('utf-16be').decode(bytes);
    case TAG.UNIVERSAL_STRING: {
      const points: number[] = [];
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let i = 0; i + 4 <= bytes.length; i += 4) points.push(Math.min(view.getUint32(i), 0xfffd));
      return String.fromCodePoint(...points);
    }
    case TAG.T61_STRING:
      return new TextDecoder('latin1').decode(bytes);
    default:
      // UTF8String, PrintableString, IA5String: all ASCII-compatible.
      return new TextDecoder().decode(bytes);
  }
}
