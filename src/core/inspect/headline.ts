import type { Inspection, Layer } from './types';

/** One line a person understands, e.g. "Signature verified with RSA public key kid=… · expires in 14 min". */
export function buildHeadline(inspection: Omit<Inspection, 'headline'>): string {
  const words: string[] = [];
  const jwe = inspection.layers.find((l) => l.kind === 'jwe');
  const jws = inspection.layers.findLast((l) => l.kind === 'jws');
  if (inspection.format === 'unknown') return 'Not a token: see Problems.';
  if (jwe) words.push(describeDecryption(jwe));
  if (jws) words.push(describeSignature(jws, inspection));
  else if (jwe && inspection.decryption === 'decrypted' && isPublicKeyEncryption(jwe)) {
    words.push('no signature inside: anyone with the public key could have made it');
  }
  const failedClaims = inspection.claimChecks.filter((c) => c.status === 'failed');
  if (failedClaims.length > 0) words.push(failedClaims.map((c) => c.detail).join(' · '));
  else {
    const exp = inspection.claimChecks.find((c) => c.name === 'exp' && c.status === 'passed');
    if (exp) words.push(exp.detail);
  }
  return words.filter(Boolean).join(' · ');
}

function describeDecryption(layer: Layer): string {
  const used = layer.entries.find((e) => e.keyUsed)?.keyUsed;
  switch (layer.verdict) {
    case 'decrypted':
      return used ? `Decrypted with ${used}` : 'Decrypted';
    case 'failed':
      return 'Decryption failed';
    case 'unsupported':
      return 'Decryption not supported by this browser';
    default:
      return 'Encrypted: paste the decryption key to read it';
  }
}

function describeSignature(layer: Layer, inspection: Omit<Inspection, 'headline'>): string {
  const used = layer.entries.find((e) => e.keyUsed)?.keyUsed;
  switch (layer.verdict) {
    case 'valid':
      return used ? `Signature verified with ${used}` : 'Signature verified';
    case 'invalid':
      return 'Signature invalid';
    case 'unsecured':
      return 'Unsecured: alg "none", nothing is signed';
    case 'unsupported':
      return 'Signature algorithm not supported by this browser';
    default:
      return inspection.findings.some((f) => f.code === 'key-not-found')
        ? 'Signature not verified: no key with this kid'
        : 'Signature not verified: no key given';
  }
}

/** With RSA or ECDH-ES anyone holding the recipient's public key can encrypt (RFC 8725 §3.2). */
function isPublicKeyEncryption(layer: Layer): boolean {
  const alg = layer.header?.alg;
  return typeof alg === 'string' && /^(RSA|ECDH-ES)/.test(alg);
}
