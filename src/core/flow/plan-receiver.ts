import type { EntryVerdict } from '../inspect/types';
import { describeKid, entrySuffix, findMessage, firstError, hasFinding, type LayerView } from './layer-facts';
import type { FlowContext, PlannedStep } from './types';

/**
 * What the receiver did with one layer: decrypt each recipient (RFC 7516 §5.2), or read the kid, select
 * the key and verify each signature (RFC 7515 §5.2, §4.1.4).
 */
export function planLayer(view: LayerView, context: FlowContext): PlannedStep[][] {
  if (view.layer.kind === 'jwe') return [view.layer.entries.map((entry, i) => planDecrypt(view, entry, i))];
  return [
    [planReadKid(view)],
    [planSelectKey(view, context)],
    view.layer.entries.map((e, i) => planVerify(view, e, i)),
  ];
}

function planDecrypt(view: LayerView, entry: EntryVerdict, i: number): PlannedStep {
  const step = { kind: 'decrypt', label: `Decrypt${entrySuffix(view, i, 'recipient')}`, actor: 'receiver' } as const;
  const algs = `alg ${entry.alg ?? '(none)'}, enc ${view.enc ?? '(none)'}`;
  switch (entry.verdict) {
    case 'decrypted':
      return { ...step, status: 'passed', facts: [algs, `key: ${entry.keyUsed ?? 'the given key'}`] };
    case 'failed':
      return { ...step, status: 'failed', facts: [algs, firstError(view) ?? 'wrong key, or the token was changed'] };
    case 'unsupported':
      return {
        ...step,
        status: 'skipped',
        facts: [algs, findMessage(view, 'alg-unsupported') ?? 'not supported in this browser'],
      };
    default: {
      const reason =
        view.layer.verdict === 'decrypted'
          ? 'not needed: another recipient was decrypted'
          : `no decryption key (${describeKid(entry.kid)})`;
      return { ...step, status: 'skipped', facts: [algs, reason] };
    }
  }
}

function planReadKid(view: LayerView): PlannedStep {
  const step = { kind: 'read-kid', label: 'Read kid', actor: 'receiver' } as const;
  if (view.layer.verdict === 'unsecured') {
    return { ...step, status: 'not-applicable', facts: ['alg none: no key to look up'] };
  }
  const kids = view.layer.entries.map((e) => e.kid).filter((kid): kid is string => kid !== null);
  if (kids.length === 0) return { ...step, status: 'not-applicable', facts: ['no kid: every key is tried'] };
  return { ...step, status: 'passed', facts: kids.map((kid) => `kid ${kid}`) };
}

function planSelectKey(view: LayerView, context: FlowContext): PlannedStep {
  const step = { kind: 'select-key', label: 'Select key', actor: 'receiver' } as const;
  const source = describeKeySource(context);
  const used = view.layer.entries.find((e) => e.keyUsed !== undefined);
  if (view.layer.verdict === 'unsecured') {
    return { ...step, status: 'not-applicable', facts: ['alg none: no key is used'] };
  }
  if (used?.keyUsed !== undefined) return { ...step, status: 'passed', facts: [source, `key: ${used.keyUsed}`] };
  if (hasFinding(view, 'key-not-found')) {
    const kid = view.layer.entries.find((e) => e.kid !== null)?.kid ?? null;
    return { ...step, status: 'failed', facts: [source, `no key with ${describeKid(kid)}`] };
  }
  if (hasFinding(view, 'key-missing')) return { ...step, status: 'skipped', facts: ['no verification key given'] };
  const misfit = findMessage(view, 'key-alg-mismatch', 'key-wrong-use');
  if (misfit) return { ...step, status: 'failed', facts: [source, misfit] };
  if (view.layer.verdict === 'unsupported') {
    return { ...step, status: 'skipped', facts: [source, 'algorithm not supported in this browser'] };
  }
  return { ...step, status: 'passed', facts: [source, 'candidate keys tried'] };
}

function describeKeySource(context: FlowContext): string {
  const uri = context.jwksUri ?? null;
  switch (context.keySource) {
    case 'jwks-url':
      return uri ? `JWKS URL ${uri}` : 'JWKS URL';
    case 'discovery':
      return uri ? `discovery, jwks_uri ${uri}` : 'discovery document';
    default:
      return 'pasted key';
  }
}

function planVerify(view: LayerView, entry: EntryVerdict, i: number): PlannedStep {
  const label = `Verify signature${entrySuffix(view, i, 'signature')}`;
  const step = { kind: 'verify', label, actor: 'receiver' } as const;
  const alg = `alg ${entry.alg ?? '(none)'}`;
  switch (entry.verdict) {
    case 'valid':
      return { ...step, status: 'passed', facts: [alg, `key: ${entry.keyUsed ?? 'the given key'}`] };
    case 'unsecured':
      return { ...step, status: 'failed', facts: ['alg none: there is no signature to verify'] };
    case 'invalid': {
      const reason =
        view.layer.verdict === 'valid'
          ? 'does not verify with the given keys (another signature does)'
          : (findMessage(
              view,
              'alg-not-allowed',
              'alg-invalid',
              'crit-unsupported',
              'crit-invalid',
              'signature-invalid',
            ) ?? 'the signature does not match');
      return { ...step, status: 'failed', facts: [alg, reason] };
    }
    case 'unsupported':
      return {
        ...step,
        status: 'skipped',
        facts: [alg, findMessage(view, 'alg-unsupported') ?? 'not supported in this browser'],
      };
    default:
      return { ...step, status: 'skipped', facts: [alg, whyNotVerified(view)] };
  }
}

function whyNotVerified(view: LayerView): string {
  if (hasFinding(view, 'payload-detached')) return 'payload detached: paste it to verify';
  if (hasFinding(view, 'key-not-found')) return 'no key with this kid';
  return 'no verification key given';
}
