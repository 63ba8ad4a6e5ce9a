import type { EntryVerdict } from '../inspect/types';
import { describeKid, describeProblem, entrySuffix, type LayerView } from './layer-facts';
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
      return {
        ...step,
        status: 'failed',
        facts: [algs, describeProblem(view, entry, ['decrypt', 'key']) ?? 'wrong key, or the token was changed'],
      };
    case 'unsupported':
      return {
        ...step,
        status: 'skipped',
        facts: [algs, describeProblem(view, entry, ['decrypt']) ?? 'not supported in this browser'],
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
  if (findEmbeddedKey(view)) {
    return { ...step, status: 'not-applicable', facts: ['the key is the header jwk: no kid lookup'] };
  }
  const kids = view.layer.entries.map((e) => e.kid).filter((kid): kid is string => kid !== null);
  if (kids.length === 0) return { ...step, status: 'not-applicable', facts: ['no kid: every key is tried'] };
  return { ...step, status: 'passed', facts: kids.map((kid) => `kid ${kid}`) };
}

function planSelectKey(view: LayerView, context: FlowContext): PlannedStep {
  const step = { kind: 'select-key', label: 'Select key', actor: 'receiver' } as const;
  const source = describeKeySource(context);
  const entries = view.layer.entries;
  const used = entries.find((e) => e.keyUsed !== undefined);
  if (view.layer.verdict === 'unsecured') {
    return { ...step, status: 'not-applicable', facts: ['alg none: no key is used'] };
  }
  const embedded = findEmbeddedKey(view);
  if (embedded) return planEmbeddedKey(embedded);
  if (used?.keyUsed !== undefined) return { ...step, status: 'passed', facts: [source, `key: ${used.keyUsed}`] };
  const outcomes = entries.map((e) => e.keySelection.outcome);
  if (outcomes.includes('type-mismatch')) {
    return { ...step, status: 'failed', facts: [source, 'the kid is not a string: it matches no key'] };
  }
  if (outcomes.includes('not-found')) {
    const kid = entries.find((e) => e.keySelection.outcome === 'not-found')?.keySelection.kid ?? null;
    return { ...step, status: 'failed', facts: [source, `no key with ${describeKid(kid)}`] };
  }
  if (outcomes.every((o) => o === 'no-keys'))
    return { ...step, status: 'skipped', facts: ['no verification key given'] };
  if (view.layer.verdict === 'unsupported') {
    return { ...step, status: 'skipped', facts: [source, 'algorithm not supported in this browser'] };
  }
  const tried = entries.reduce((sum, e) => sum + e.keySelection.tried, 0);
  if (tried > 0 && view.layer.verdict === 'not-verified') {
    return {
      ...step,
      status: 'failed',
      facts: [source, describeProblem(view, null, ['key']) ?? 'no given key fits the algorithm'],
    };
  }
  return { ...step, status: 'passed', facts: [source, `${tried} candidate key${tried === 1 ? '' : 's'} tried`] };
}

/** The key a DPoP proof brings in its own header (RFC 9449 §4.3 step 6), when this layer was verified with it. */
function findEmbeddedKey(view: LayerView): EntryVerdict['embeddedKey'] {
  return view.layer.entries.find((e) => e.embeddedKey !== undefined)?.embeddedKey;
}

/** Not the user's inputs: the proof's own header jwk, named by its RFC 7638 thumbprint. */
function planEmbeddedKey({ thumbprint }: NonNullable<EntryVerdict['embeddedKey']>): PlannedStep {
  const step = { kind: 'select-key', label: 'Select key', actor: 'receiver', keyFrom: 'token-header' } as const;
  const source = "from the proof's own header (jwk), not your keys";
  if (thumbprint === null) return { ...step, status: 'failed', facts: [source, NO_USABLE_JWK] };
  return { ...step, status: 'passed', facts: [source, `thumbprint ${thumbprint}`] };
}

const NO_USABLE_JWK = 'the header jwk is not a usable public key';

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
      if (entry.embeddedKey?.thumbprint === null) return { ...step, status: 'failed', facts: [alg, NO_USABLE_JWK] };
      const reason =
        view.layer.verdict === 'valid'
          ? 'does not verify with the given keys (another signature does)'
          : (describeProblem(view, entry, ['verify', 'decode']) ?? 'the signature does not match');
      return { ...step, status: 'failed', facts: [alg, reason] };
    }
    case 'unsupported':
      return {
        ...step,
        status: 'skipped',
        facts: [alg, describeProblem(view, entry, ['verify']) ?? 'not supported in this browser'],
      };
    default:
      return { ...step, status: 'skipped', facts: [alg, whyNotVerified(view, entry)] };
  }
}

function whyNotVerified(view: LayerView, entry: EntryVerdict): string {
  const isDetached = view.layer.parts.some((p) => p.isDetached);
  if (isDetached && entry.keySelection.outcome !== 'no-keys') return 'payload detached: paste it to verify';
  switch (entry.keySelection.outcome) {
    case 'not-found':
      return 'no key with this kid';
    case 'type-mismatch':
      return 'the kid is not a string';
    case 'no-keys':
      return 'no verification key given';
    default:
      return 'no given key fits';
  }
}
