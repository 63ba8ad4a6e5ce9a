import { describe, expect, it } from 'vitest';
import { stubInspection } from '../../test-support/stub-inspection';
import { inspectNow, unsignedClaimsToken } from '../../test-support/inspect-store';
import { selectInspectionInputs, selectIsVerdictBusy, selectTokenIssuer } from './inspection-slice';
import { createAppStore, type AppStore } from './store';

describe('inspection results: a slow answer never overwrites a newer one', () => {
  it('drops the answer to an older request that arrives last', () => {
    const store = createAppStore('');
    const inputs = selectInspectionInputs(store.getState());
    const first = store.getState().beginInspection();
    const second = store.getState().beginInspection();
    store.getState().finishInspection(second, stubInspection('newer'), inputs);
    store.getState().finishInspection(first, stubInspection('older, but slower'), inputs);
    expect(store.getState().inspection?.payload?.text).toBe('newer');
    expect(selectIsVerdictBusy(store.getState())).toBe(false);
  });

  it('stays busy until the newest request answers', () => {
    const store = createAppStore('');
    const inputs = selectInspectionInputs(store.getState());
    const first = store.getState().beginInspection();
    store.getState().beginInspection();
    store.getState().finishInspection(first, stubInspection('stale'), inputs);
    expect(store.getState().inspection).toBeNull();
    expect(selectIsVerdictBusy(store.getState())).toBe(true);
  });

  it('a failure of an older request is ignored too', () => {
    const store = createAppStore('');
    const inputs = selectInspectionInputs(store.getState());
    const first = store.getState().beginInspection();
    const second = store.getState().beginInspection();
    store.getState().finishInspection(second, stubInspection('fine'), inputs);
    store.getState().failInspection(first, 'boom');
    expect(store.getState().inspectionError).toBeNull();
  });
});

describe('a result belongs to the inputs it was computed for', () => {
  it('is busy from the moment the token changes until the result for the new token arrives', async () => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a' }));
    await inspectNow(store);
    expect(selectIsVerdictBusy(store.getState())).toBe(false);
    store.getState().setToken('not.a.token.at.all.really', 'typed');
    // The old verdict is still held, but it is not the new token's: busy, with no debounce gap.
    expect(store.getState().inspection).not.toBeNull();
    expect(selectIsVerdictBusy(store.getState())).toBe(true);
    await inspectNow(store);
    expect(selectIsVerdictBusy(store.getState())).toBe(false);
  });

  it('is busy while the editor holds a large paste the store has not taken yet', async () => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a' }));
    await inspectNow(store);
    store.getState().markTokenPending();
    expect(selectIsVerdictBusy(store.getState())).toBe(true);
    store.getState().setToken(unsignedClaimsToken({ sub: 'a' }), 'typed');
    expect(store.getState().isTokenPending).toBe(false);
    expect(selectIsVerdictBusy(store.getState())).toBe(false);
  });

  it.each([
    ['verification key', (s: AppStore) => s.getState().setVerificationKey('secret')],
    ['expected audience', (s: AppStore) => s.getState().setExpectedAudience('api')],
    ['allowed algorithms', (s: AppStore) => s.getState().setAllowedAlgorithms('RS256')],
    ['clock tolerance', (s: AppStore) => s.getState().setClockTolerance(5)],
  ])('is busy after the %s changes', async (_name, change) => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a' }));
    await inspectNow(store);
    change(store);
    expect(selectIsVerdictBusy(store.getState())).toBe(true);
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

describe("the token's issuer, for discovery, is always the token the editor holds", () => {
  it("reads the new token's iss at once, before its inspection arrives, then the inspection's", async () => {
    const store = createAppStore(unsignedClaimsToken({ iss: 'https://before.example' }));
    await inspectNow(store);
    expect(selectTokenIssuer(store.getState())).toBe('https://before.example');
    store.getState().setToken(unsignedClaimsToken({ iss: 'https://after.example' }), 'typed');
    // The old inspection still names the old issuer; it is not this token's.
    expect(store.getState().inspection?.payload?.json).toMatchObject({ iss: 'https://before.example' });
    expect(selectTokenIssuer(store.getState())).toBe('https://after.example');
    await inspectNow(store);
    expect(selectTokenIssuer(store.getState())).toBe('https://after.example');
  });

  it('is null while a text is still being taken, and for a payload whose iss is not a string', () => {
    const store = createAppStore(unsignedClaimsToken({ iss: 42 }));
    expect(selectTokenIssuer(store.getState())).toBeNull();
    store.getState().setToken(unsignedClaimsToken({ iss: 'https://x.example' }), 'typed');
    store.getState().markTokenPending();
    expect(selectTokenIssuer(store.getState())).toBeNull();
  });
});
