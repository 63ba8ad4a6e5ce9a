import { describeError } from '../keys/describe-error';
import { formatInstant } from './describe-certificate';
import type { X509 } from './load-x509';
import type { X5cFailure } from './types';
import type { X509Certificate } from './x509-library';

/** One certificate of the path being checked: an `x5c` member, or the trust anchor that signs the last one. */
export interface PathCertificate {
  certificate: X509Certificate;
  index: number | 'anchor';
  /** "the leaf certificate (CN=api)", "certificate 2 of 3 (CN=Issuing CA)", "your trust anchor CN=Root". */
  label: string;
}

export interface PathProblem extends X5cFailure {
  message: string;
  /** The header member the problem is about, when not `x5c` itself (`x5t#S256`). */
  member?: string;
}

/** RFC 5280 §6.1.3 (a)(2): the evaluation instant lies within notBefore..notAfter. */
export function checkValidity({ certificate, index, label }: PathCertificate, now: number): PathProblem[] {
  const at = now * 1000;
  if (at < certificate.notBefore.getTime()) {
    const message = `${capitalize(label)} is not valid before ${formatInstant(certificate.notBefore)}, after the evaluation time ${formatInstant(new Date(at))}.`;
    return [{ reason: 'not-yet-valid', index, message }];
  }
  if (!(at <= certificate.notAfter.getTime())) {
    const message = `${capitalize(label)} expired on ${formatInstant(certificate.notAfter)}, before the evaluation time ${formatInstant(new Date(at))}.`;
    return [{ reason: 'expired', index, message }];
  }
  return [];
}

/**
 * RFC 5280 §6.1.3 (a)(1) and (a)(4): `child` names `issuer` as its issuer and carries its signature
 * (RFC 7515 §4.1.6: each certificate of `x5c` certifies the one before it).
 */
export async function checkLink(child: PathCertificate, issuer: PathCertificate): Promise<PathProblem[]> {
  const problems: PathProblem[] = [];
  if (child.certificate.issuer !== issuer.certificate.subject) {
    const message = `${capitalize(child.label)} names "${child.certificate.issuer}" as its issuer, but the next certificate is ${issuer.label}.`;
    problems.push({ reason: 'issuer-mismatch', index: child.index, message });
  }
  let isSigned = false;
  let why = '';
  try {
    isSigned = await child.certificate.verify({ publicKey: issuer.certificate, signatureOnly: true });
  } catch (error) {
    why = `: ${describeError(error)}`;
  }
  if (!isSigned) {
    const message = `${capitalize(child.label)} is not signed by the key of ${issuer.label}${why}: the chain was altered, or a certificate is missing or out of order.`;
    problems.push({ reason: 'signature-invalid', index: child.index, message });
  }
  return problems;
}

/**
 * RFC 5280 §6.1.4 (k), (l), (m), (n): a certificate that signs another must say it is a CA (basicConstraints
 * cA=true), allow as many CA certificates below it as the path has (pathLenConstraint), and, when it has a
 * keyUsage, allow keyCertSign. `intermediatesBelow` counts the non-self-issued CA certificates under it.
 */
export function checkCa(
  x509: X509,
  { certificate, index, label }: PathCertificate,
  intermediatesBelow: number,
): PathProblem[] {
  const problems: PathProblem[] = [];
  const constraints = certificate.getExtension(x509.BasicConstraintsExtension);
  if (constraints === null || !constraints.ca) {
    const what = constraints === null ? 'has no basicConstraints extension' : 'has basicConstraints with cA=false';
    const message = `${capitalize(label)} signs another certificate but ${what}: it is not a CA, so nothing it signs can be trusted.`;
    problems.push({ reason: 'not-a-ca', index, message });
  } else if (constraints.pathLength !== undefined && intermediatesBelow > constraints.pathLength) {
    const message = `${capitalize(label)} allows ${constraints.pathLength} intermediate CA certificate${constraints.pathLength === 1 ? '' : 's'} below it (pathLenConstraint), but the chain has ${intermediatesBelow}.`;
    problems.push({ reason: 'path-length-exceeded', index, message });
  }
  const keyUsage = certificate.getExtension(x509.KeyUsagesExtension);
  if (keyUsage !== null && (keyUsage.usages & x509.KeyUsageFlags.keyCertSign) === 0) {
    const message = `${capitalize(label)} has a keyUsage without keyCertSign: its key may not sign certificates.`;
    problems.push({ reason: 'ca-key-usage', index, message });
  }
  return problems;
}

/** RFC 5280 §4.2.1.3: a leaf whose keyUsage is present must allow digitalSignature to verify a JWS. */
export function checkLeafKeyUsage(x509: X509, { certificate, index, label }: PathCertificate): PathProblem[] {
  const keyUsage = certificate.getExtension(x509.KeyUsagesExtension);
  if (keyUsage === null || (keyUsage.usages & x509.KeyUsageFlags.digitalSignature) !== 0) return [];
  const message = `${capitalize(label)} has a keyUsage without digitalSignature: its key may not sign tokens.`;
  return [{ reason: 'leaf-key-usage', index, message }];
}

export function isSelfIssued(certificate: X509Certificate): boolean {
  return certificate.subject === certificate.issuer;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
