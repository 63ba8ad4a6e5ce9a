import { describe, expect, it } from 'vitest';
import { createAppStore, selectIsVerdictBusy } from '../store';
import { inspectNow, unsignedClaimsToken } from '../../test-support/inspect-store';
import { recheckClaimsNow } from './recheck-claims-now';

describe('the clock tick', () => {
  it('a clock tick re-runs the claim checks only: layers and signature verdict are the same objects', async () => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a', exp: 2_000_000_000 }));
    store.getState().setNow(1_900_000_000);
    await inspectNow(store);
    const before = store.getState().inspection;
    expect(before?.claims).toBe('valid');
    store.getState().setNow(2_000_000_100);
    await recheckClaimsNow(store);
    const after = store.getState().inspection;
    expect(after?.claims).toBe('invalid');
    expect(after?.findings.map((f) => f.code)).toContain('exp-expired');
    expect(after?.layers).toBe(before?.layers);
    expect(after?.signature).toBe(before?.signature);
    expect(selectIsVerdictBusy(store.getState())).toBe(false);
  });

  it('a tick never overwrites a result that arrived after it read the old one', async () => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a' }));
    await inspectNow(store);
    const old = store.getState().inspection;
    if (!old) throw new Error('no inspection');
    store.getState().setToken(unsignedClaimsToken({ sub: 'b' }), 'typed');
    await inspectNow(store);
    const fresh = store.getState().inspection;
    store.getState().replaceClaims(old, { ...old, claims: 'invalid' });
    expect(store.getState().inspection).toBe(fresh);
  });

  /** A token valid until 2_000_000_000, inspected at an "Evaluate at" before that while the clock is past it. */
  async function inspectAtPinnedInstant() {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a', exp: 2_000_000_000 }));
    store.getState().setNow(2_000_000_100);
    store.getState().setEvaluateAt(1_900_000_000);
    await inspectNow(store);
    const pinned = store.getState().inspection;
    expect(pinned?.claims).toBe('valid');
    return { store, pinned };
  }

  it('while "Evaluate at" is set, a tick changes nothing: the result stays the one for that instant', async () => {
    const { store, pinned } = await inspectAtPinnedInstant();
    store.getState().setNow(2_000_000_115);
    await recheckClaimsNow(store);
    expect(store.getState().inspection).toBe(pinned);
  });

  it('a tick between a new instant and its result leaves the old result to be replaced, not rechecked', async () => {
    const { store, pinned } = await inspectAtPinnedInstant();
    // "Now" pressed: the inspection for the clock has started but not answered yet.
    store.getState().setEvaluateAt(null);
    await recheckClaimsNow(store);
    expect(store.getState().inspection).toBe(pinned);
    expect(selectIsVerdictBusy(store.getState())).toBe(true);
    await inspectNow(store);
    expect(store.getState().inspection?.claims).toBe('invalid');
    expect(selectIsVerdictBusy(store.getState())).toBe(false);
  });
});
