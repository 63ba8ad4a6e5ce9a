import { makeFinding } from '../findings/make-finding';
import { describeError } from '../keys/describe-error';
import type { Finding } from '../types';
import {
  checkCa,
  checkLeafKeyUsage,
  checkLink,
  checkValidity,
  isSelfIssued,
  type PathCertificate,
  type PathProblem,
} from './check-path';
import { checkThumbprints } from './check-thumbprints';
import { decodeX5c } from './decode-x5c';
import { describePosition, formatInstant, nameOf, toCertificatePem } from './describe-certificate';
import { loadX509, type X509 } from './load-x509';
import { readTrustAnchors, type TrustAnchor } from './read-trust-anchors';
import type { X5cChainInput, X5cChainResult, X5cFailureReason } from './types';
import type { X509Certificate } from './x509-library';

/**
 * Decides whether a header's `x5c` chain (RFC 7515 §4.1.6) is trusted: each certificate is signed by the
 * next and names it as issuer, the last is one of the user's trust anchors or is signed by one, every
 * certificate (and that anchor) is valid at `now`, every signer is a CA within its pathLenConstraint with
 * keyCertSign, the leaf's keyUsage allows digitalSignature, and `x5t#S256` / `x5t` name the leaf
 * (RFC 5280 §6.1, simplified: no revocation, policies or name constraints). Each failure is its own
 * finding; hostile input is capped (10 certificates of 32 KB) and never throws.
 */
export async function verifyX5cChain(input: X5cChainInput): Promise<X5cChainResult> {
  const decoded = decodeX5c(input.x5c);
  if (!decoded.ok) return settle(decoded.problems, []);
  let x509: X509;
  try {
    x509 = await loadX509();
  } catch (error) {
    const message = `The X.509 checks could not be loaded (${describeError(error)}), so the x5c chain is not used.`;
    return settle([{ reason: 'library-unavailable', index: null, message }], []);
  }
  try {
    return await verifyDecoded(x509, decoded.ders, input);
  } catch (error) {
    // The library's own checks failed on some input nobody foresaw: a broken chain, never a crash.
    const message = `The x5c chain could not be checked: ${describeError(error)}.`;
    return settle([{ reason: 'certificate-unreadable', index: null, message }], []);
  }
}

async function verifyDecoded(
  x509: X509,
  ders: Array<Uint8Array<ArrayBuffer>>,
  input: X5cChainInput,
): Promise<X5cChainResult> {
  const { anchors, findings: anchorFindings } = readTrustAnchors(input.trustAnchors, x509);
  const chain: PathCertificate[] = [];
  const problems: PathProblem[] = [];
  ders.forEach((der, index) => {
    try {
      const certificate = new x509.X509Certificate(der);
      chain.push({ certificate, index, label: describePosition(index, ders.length, nameOf(certificate)) });
    } catch (error) {
      const message = `x5c[${index}] is not a readable X.509 certificate: ${describeError(error)}.`;
      problems.push({ reason: 'certificate-unreadable', index, message });
    }
  });
  const leaf = chain[0];
  if (problems.length > 0 || leaf === undefined) return settle(problems, anchorFindings);

  const last = chain[chain.length - 1] ?? leaf;
  const found = await findAnchor(chain, anchors);
  const path = found?.signsLast ? [...chain, anchorPosition(found.anchor)] : chain;
  problems.push(
    ...(await checkThumbprints(ders[0] ?? new Uint8Array(), { 'x5t#S256': input.x5tS256, x5t: input.x5t })),
  );
  problems.push(...checkLeafKeyUsage(x509, leaf));
  for (const [position, item] of path.entries()) {
    problems.push(...checkValidity(item, input.now));
    const issuer = path[position + 1];
    if (issuer !== undefined && issuer.index !== 'anchor') problems.push(...(await checkLink(item, issuer)));
    if (position > 0) problems.push(...checkCa(x509, item, countIntermediates(path, position)));
  }
  if (found === null) problems.push(untrusted(last, anchors));
  const result = settle(problems, anchorFindings);
  if (result.status !== 'trusted' || found === null) return result;
  const anchorName = found.anchor.name;
  const leafName = nameOf(leaf.certificate);
  const message = `The x5c chain of ${chain.length} certificate${chain.length === 1 ? '' : 's'} is valid at ${formatInstant(new Date(input.now * 1000))} and ends at your trust anchor ${anchorName}: the key of the leaf ${leafName} is used to verify this token.`;
  return {
    ...result,
    findings: [...result.findings, makeFinding('x5c-chain-valid', message, { part: 'header', name: 'x5c' })],
    leafPem: toCertificatePem(ders[0] ?? new Uint8Array()),
    leafName,
    anchorName,
  };
}

interface FoundAnchor {
  anchor: TrustAnchor;
  /** The anchor is outside the chain and signs its last certificate (else it is one of the chain's). */
  signsLast: boolean;
}

/**
 * The chain reaches a trust anchor when one of its certificates is an anchor (same subject and key:
 * RFC 5280 §6.1.1 (d) trusts a name and a key), or when an anchor named as the last one's issuer signed it.
 */
async function findAnchor(chain: PathCertificate[], anchors: TrustAnchor[]): Promise<FoundAnchor | null> {
  for (const { certificate } of chain) {
    const anchor = anchors.find((a) => isSameSubjectAndKey(a.certificate, certificate));
    if (anchor !== undefined) return { anchor, signsLast: false };
  }
  const last = chain[chain.length - 1]?.certificate;
  if (last === undefined) return null;
  for (const anchor of anchors) {
    if (anchor.certificate.subject !== last.issuer) continue;
    try {
      if (await last.verify({ publicKey: anchor.certificate, signatureOnly: true })) return { anchor, signsLast: true };
    } catch {
      // A key the library cannot use signs nothing here; the next anchor may.
    }
  }
  return null;
}

function untrusted(last: PathCertificate, anchors: TrustAnchor[]): PathProblem {
  const issuer = last.certificate.issuer;
  const named = anchors.filter((a) => a.certificate.subject === issuer);
  let message: string;
  if (anchors.length === 0) message = 'No usable trust anchor was given, so the x5c chain cannot be trusted.';
  else if (named.length > 0)
    message = `The chain ends at ${last.label}, issued by "${issuer}": a trust anchor has that name, but its key did not sign it (another CA with the same name, or a re-keyed one).`;
  else
    message = `The chain ends at ${last.label}, issued by "${issuer}", which is none of your ${anchors.length} trust anchor${anchors.length === 1 ? '' : 's'}.`;
  return { reason: 'no-trust-anchor', index: null, message };
}

function anchorPosition(anchor: TrustAnchor): PathCertificate {
  return { certificate: anchor.certificate, index: 'anchor', label: describePosition('anchor', 0, anchor.name) };
}

/** CA certificates between the leaf and `path[position]`, self-issued ones not counted (RFC 5280 §4.2.1.9). */
function countIntermediates(path: PathCertificate[], position: number): number {
  return path.slice(1, position).filter((item) => !isSelfIssued(item.certificate)).length;
}

function isSameSubjectAndKey(a: X509Certificate, b: X509Certificate): boolean {
  return (
    a.subject === b.subject && isSameBytes(new Uint8Array(a.publicKey.rawData), new Uint8Array(b.publicKey.rawData))
  );
}

function isSameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Reasons that leave the chain unproven rather than broken. */
const UNTRUSTED_REASONS: ReadonlySet<X5cFailureReason> = new Set(['no-trust-anchor', 'library-unavailable']);

/** The status follows from the problems: any but an unproven one breaks the chain. */
function settle(problems: PathProblem[], anchorFindings: Finding[]): X5cChainResult {
  const isBroken = problems.some((p) => !UNTRUSTED_REASONS.has(p.reason));
  const status = isBroken ? 'invalid' : problems.length > 0 ? 'untrusted' : 'trusted';
  const findings = problems.map(({ reason, message, member = 'x5c' }) =>
    makeFinding(UNTRUSTED_REASONS.has(reason) ? 'x5c-untrusted' : 'x5c-chain-invalid', message, {
      part: 'header',
      name: member,
    }),
  );
  return {
    status,
    findings: [...anchorFindings, ...findings],
    failures: problems.map(({ reason, index }) => ({ reason, index })),
  };
}
