import { encodeBase64 } from '../encoding/base64';
import type { X509Certificate } from './x509-library';

/** Names come from hostile bytes: long enough to recognise, short enough to keep a message readable. */
const MAX_NAME_CHARS = 120;

/** A certificate's subject as people say it: `CN=…` when it has a common name, else the whole name. */
export function nameOf(certificate: X509Certificate): string {
  let name: string;
  try {
    const commonName = certificate.subjectName.getField('CN')[0];
    name = commonName === undefined ? certificate.subject || '(an empty subject)' : `CN=${commonName}`;
  } catch {
    name = '(an unreadable subject)';
  }
  return name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS)}…` : name;
}

/** Where a certificate sits in the chain, for messages: "the leaf (CN=api)", "certificate 2 of 3 (CN=CA)". */
export function describePosition(index: number | 'anchor', count: number, name: string): string {
  if (index === 'anchor') return `your trust anchor ${name}`;
  if (index === 0) return `the leaf certificate (${name})`;
  return `certificate ${index + 1} of ${count} (${name})`;
}

/** A DER certificate as a PEM block (RFC 7468 §5.1), the form `parseKeyInput` reads. */
export function toCertificatePem(der: Uint8Array): string {
  const lines = encodeBase64(der).match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}

/** An instant as ISO 8601 UTC, or a note when the certificate's time does not make a date. */
export function formatInstant(date: Date): string {
  return Number.isNaN(date.getTime()) ? '(an unreadable time)' : date.toISOString().replace('.000Z', 'Z');
}
