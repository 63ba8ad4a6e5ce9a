import { describe, expect, it } from 'vitest';
import { inspectNow, unsignedClaimsToken } from '../../test-support/inspect-store';
import { selectInspectionInputs, selectIsVerdictBusy, toInspectOptions } from './inspection-slice';
import { selectEvaluationInstant } from './settings-slice';
import { createAppStore } from './store';

/** 2026-01-01T10:00:00Z */
const NOW = 1_767_261_600;
const HOUR = 3_600;

describe('"Evaluate at": the instant every time check uses', () => {
  it('follows the clock by default, in UTC', () => {
    const store = createAppStore('');
    store.getState().setNow(NOW);
    expect(store.getState().evaluateAt).toBeNull();
    expect(store.getState().timeZone).toBe('utc');
    expect(selectEvaluationInstant(store.getState())).toBe(NOW);
    store.getState().setNow(NOW + 15);
    expect(selectEvaluationInstant(store.getState())).toBe(NOW + 15);
  });

  it('is the instant set, whatever the clock says, until "Now" sets it back to null', () => {
    const store = createAppStore('');
    store.getState().setNow(NOW);
    store.getState().setEvaluateAt(NOW - 2 * HOUR);
    expect(selectEvaluationInstant(store.getState())).toBe(NOW - 2 * HOUR);
    store.getState().setNow(NOW + 15);
    expect(selectEvaluationInstant(store.getState())).toBe(NOW - 2 * HOUR);
    store.getState().setEvaluateAt(null);
    expect(selectEvaluationInstant(store.getState())).toBe(NOW + 15);
  });

  it('is the instant the inspection options carry', () => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a' }));
    const options = () => toInspectOptions(selectInspectionInputs(store.getState()), store.getState().nowSeconds);
    store.getState().setNow(NOW);
    expect(options().now).toBe(NOW);
    store.getState().setEvaluateAt(NOW + 7);
    expect(options().now).toBe(NOW + 7);
    store.getState().setNow(NOW + 15);
    expect(options().now).toBe(NOW + 7);
  });

  it('an expired token is valid at an instant before its exp, and invalid again at "Now"', async () => {
    const store = createAppStore(unsignedClaimsToken({ iat: NOW - 3 * HOUR, exp: NOW - HOUR }));
    store.getState().setNow(NOW);
    await inspectNow(store);
    expect(store.getState().inspection?.claims).toBe('invalid');
    expect(store.getState().inspection?.findings.map((f) => f.code)).toContain('exp-expired');

    store.getState().setEvaluateAt(NOW - 2 * HOUR);
    await inspectNow(store);
    expect(store.getState().inspection?.claims).toBe('valid');
    expect(store.getState().inspection?.findings.map((f) => f.code)).not.toContain('exp-expired');

    store.getState().setEvaluateAt(null);
    await inspectNow(store);
    expect(store.getState().inspection?.claims).toBe('invalid');
  });

  it('a new instant marks the verdict busy until the result for it arrives; the clock ticking does not', async () => {
    const store = createAppStore(unsignedClaimsToken({ exp: NOW + HOUR }));
    store.getState().setNow(NOW);
    await inspectNow(store);
    expect(selectIsVerdictBusy(store.getState())).toBe(false);

    store.getState().setNow(NOW + 15);
    expect(selectIsVerdictBusy(store.getState())).toBe(false);

    store.getState().setEvaluateAt(NOW + 2 * HOUR);
    expect(selectIsVerdictBusy(store.getState())).toBe(true);
    await inspectNow(store);
    expect(selectIsVerdictBusy(store.getState())).toBe(false);
    expect(store.getState().inspectedInputs?.evaluateAt).toBe(NOW + 2 * HOUR);

    store.getState().setEvaluateAt(null);
    expect(selectIsVerdictBusy(store.getState())).toBe(true);
    await inspectNow(store);
    expect(selectIsVerdictBusy(store.getState())).toBe(false);
  });
});

describe('"Times in": UTC or the browser’s zone', () => {
  it('is a display choice only: it changes no inspection input', () => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a' }));
    const before = selectInspectionInputs(store.getState());
    store.getState().setTimeZone('local');
    expect(store.getState().timeZone).toBe('local');
    expect(selectInspectionInputs(store.getState())).toEqual(before);
    store.getState().setTimeZone('utc');
    expect(store.getState().timeZone).toBe('utc');
  });
});
