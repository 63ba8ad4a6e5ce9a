import type { Inspection, Layer } from './types';

/** One line a person understands, e.g. "Signature verified with RSA public key kid=… · expires in 14 min". */
export function buildHeadline(inspection: Omit<Inspection, 'headline'>): string {
  const words: string[] = [];
  const jwe = inspection.layers.find((l) => l.kind === 'jwe');
  const jws = inspection.layers.findLast((l) => l.kind === 'jws');
  if (inspection.format === 'unknown') return 'Not a token: see Problems.';
  if (jwe) words.push(describeDecryption(jwe));
  if (jws) words.push(describeSignature(jws));
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

function describeSignature(layer: Layer): string {
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
      return `Signature not verified: ${describeUnverified(layer)}`;
  }
}

/** Why no key verified: read from the entries' key selection, never from finding codes or wording. */
function describeUnverified(layer: Layer): string {
  const outcomes = layer.entries.map((e) => e.keySelection.outcome);
  const isDetached = layer.parts.some((p) => p.isDetached);
  if (isDetached && !outcomes.every((o) => o === 'no-keys')) return 'the payload is detached: paste it to verify';
  if (outcomes.includes('type-mismatch')) return 'the kid is not a string, so it matches no key';
  if (outcomes.includes('not-found')) return 'no key with this kid';
  if (outcomes.every((o) => o === 'no-keys')) return 'no key given';
  return 'no given key fits';
}

/** With RSA or ECDH-ES anyone holding the recipient's public key can encrypt (RFC 8725 §3.2). */
function isPublicKeyEncryption(layer: Layer): boolean {
  const alg = layer.header?.alg;
  return typeof alg === 'string' && /^(RSA|ECDH-ES)/.test(alg);
}
