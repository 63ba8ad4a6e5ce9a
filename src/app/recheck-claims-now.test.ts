import { describe, expect, it } from 'vitest';
import { inspectDecoded } from '../core';
import { createAppStore, selectInspectionInputs, selectIsVerdictBusy, toInspectOptions, type AppStore } from '../store';
import { recheckClaimsNow } from './recheck-claims-now';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: object) => `${b64({ alg: 'HS256' })}.${b64(claims)}.${Buffer.from('sig').toString('base64url')}`;

/** Runs the inspection the app's effect would run, for the store's current inputs. */
async function inspectNow(store: AppStore) {
  const state = store.getState();
  const id = state.beginInspection();
  const inputs = selectInspectionInputs(state);
  const inspection = await inspectDecoded(inputs.decoded, toInspectOptions(inputs, state.nowSeconds));
  store.getState().finishInspection(id, inspection, inputs);
}

describe('the clock tick', () => {
  it('a clock tick re-runs the claim checks only: layers and signature verdict are the same objects', async () => {
    const store = createAppStore(token({ sub: 'a', exp: 2_000_000_000 }));
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
    const store = createAppStore(token({ sub: 'a' }));
    await inspectNow(store);
    const old = store.getState().inspection;
    if (!old) throw new Error('no inspection');
    store.getState().setToken(token({ sub: 'b' }), 'typed');
    await inspectNow(store);
    const fresh = store.getState().inspection;
    store.getState().replaceClaims(old, { ...old, claims: 'invalid' });
    expect(store.getState().inspection).toBe(fresh);
  });
});
