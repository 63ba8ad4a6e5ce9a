import { describe, expect, it } from 'vitest';
import type { Inspection } from '../core';
import { createAppStore } from './store';

const result = (headline: string): Inspection => ({
  format: 'jws-compact',
  layers: [],
  payload: null,
  signature: 'not-verified',
  decryption: 'not-applicable',
  claims: 'not-applicable',
  claimChecks: [],
  findings: [],
  headline,
});

describe('inspection results: a slow answer never overwrites a newer one', () => {
  it('drops the answer to an older request that arrives last', () => {
    const store = createAppStore('');
    const first = store.getState().beginInspection();
    const second = store.getState().beginInspection();
    store.getState().finishInspection(second, result('newer'));
    store.getState().finishInspection(first, result('older, but slower'));
    expect(store.getState().inspection?.headline).toBe('newer');
    expect(store.getState().isInspecting).toBe(false);
  });

  it('stays busy until the newest request answers', () => {
    const store = createAppStore('');
    const first = store.getState().beginInspection();
    store.getState().beginInspection();
    store.getState().finishInspection(first, result('stale'));
    expect(store.getState().inspection).toBeNull();
    expect(store.getState().isInspecting).toBe(true);
  });

  it('a failure of an older request is ignored too', () => {
    const store = createAppStore('');
    const first = store.getState().beginInspection();
    const second = store.getState().beginInspection();
    store.getState().finishInspection(second, result('fine'));
    store.getState().failInspection(first, 'boom');
    expect(store.getState().inspectionError).toBeNull();
  });
});

describe('setToken is the one writer of the decoded token', () => {
  it('decodes on every change and keeps the source', () => {
    const store = createAppStore('');
    store.getState().setToken('a.b', 'typed');
    expect(store.getState().decoded.format).toBe('unknown');
    expect(store.getState().tokenSource).toBe('typed');
  });
});
