import { makeFinding } from '../findings/make-finding';
import { describeError } from '../keys/describe-error';
import { readPemBlocks } from '../keys/pem';
import type { Finding } from '../types';
import { MAX_CERTIFICATE_BYTES } from './decode-x5c';
import { nameOf } from './describe-certificate';
import type { X509 } from './load-x509';
import type { X509Certificate } from './x509-library';

/** More anchors than anyone pastes; the rest are ignored with a note. */
export const MAX_TRUST_ANCHORS = 100;

export interface TrustAnchor {
  certificate: X509Certificate;
  name: string;
}

export interface ReadTrustAnchors {
  anchors: TrustAnchor[];
  /** `trust-anchor-invalid`, one per unusable block, located in the box's text. */
  findings: Finding[];
}

/**
 * Reads the "Trust anchors" box: PEM `CERTIFICATE` blocks (RFC 7468 §5.1). Every other block, and a
 * certificate that does not parse, is a `trust-anchor-invalid` finding about that box.
 */
export function readTrustAnchors(text: string, x509: X509): ReadTrustAnchors {
  const anchors: TrustAnchor[] = [];
  const findings: Finding[] = [];
  const invalid = (message: string, at?: { start: number; end: number }) =>
    findings.push(makeFinding('trust-anchor-invalid', message, { source: 'trust-anchors', ...(at ? { at } : {}) }));
  const blocks = readPemBlocks(text);
  if (blocks.length === 0) invalid('The trust anchors hold no PEM block: paste "-----BEGIN CERTIFICATE-----" blocks.');
  for (const [index, block] of blocks.entries()) {
    const which = blocks.length > 1 ? `PEM block ${index + 1} of ${blocks.length}` : 'The PEM block';
    if (index >= MAX_TRUST_ANCHORS) {
      invalid(
        `Only the first ${MAX_TRUST_ANCHORS} trust anchors are read; the other ${blocks.length - index} are ignored.`,
      );
      break;
    }
    if (block.label !== 'CERTIFICATE') {
      invalid(`${which} is "${block.label}", not a CERTIFICATE: a trust anchor is a CA's certificate.`, block.range);
      continue;
    }
    if (!block.body.ok) {
      invalid(`${which} is not usable: ${block.body.message}.`, block.body.at);
      continue;
    }
    if (block.body.der.length > MAX_CERTIFICATE_BYTES) {
      invalid(`${which} is larger than ${MAX_CERTIFICATE_BYTES / 1024} KB, too large for a certificate.`, block.range);
      continue;
    }
    try {
      const certificate = new x509.X509Certificate(new Uint8Array(block.body.der));
      anchors.push({ certificate, name: nameOf(certificate) });
    } catch (error) {
      invalid(`${which} is not a readable X.509 certificate: ${describeError(error)}.`, block.range);
    }
  }
  return { anchors, findings };
}
