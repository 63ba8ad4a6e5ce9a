import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { selectInspectionInputs, toInspectOptions } from './inspection-slice';

describe('profile choice and context', () => {
  it('merges context members; an empty value removes one; Clear all resets choice and context', () => {
    const store = createAppStore('');
    store.getState().setProfileContext({ nonce: 'n-1', clientId: 'c' });
    store.getState().setProfileContext({ nonce: '', maxAgeSec: 600 });
    expect(store.getState().profileContext).toEqual({ clientId: 'c', maxAgeSec: 600 });
    expect(Object.hasOwn(store.getState().profileContext, 'nonce')).toBe(false);
    store.getState().setProfileChoice('dpop-proof');
    store.getState().clearAll();
    expect(store.getState().profileChoice).toBe('auto');
    expect(store.getState().profileContext).toEqual({});
  });

  it('are inspection inputs: a change makes new options for inspect()', () => {
    const store = createAppStore('');
    const before = selectInspectionInputs(store.getState());
    store.getState().setProfileChoice('id-token');
    store.getState().setProfileContext({ accessToken: 'at' });
    const after = selectInspectionInputs(store.getState());
    expect(after.profileContext).not.toBe(before.profileContext);
    expect(toInspectOptions(after, 0)).toMatchObject({ profile: 'id-token', context: { accessToken: 'at' } });
  });

  it('a scenario sets the profile and its context, replacing what was there', () => {
    const store = createAppStore('');
    store.getState().setProfileContext({ nonce: 'old' });
    store.getState().loadScenario({ token: 'x', profile: 'dpop-proof', context: { httpMethod: 'POST' } });
    expect(store.getState().profileChoice).toBe('dpop-proof');
    expect(store.getState().profileContext).toEqual({ httpMethod: 'POST' });
  });
});

describe('SD-JWT key binding policy', () => {
  it('is an inspection input passed without blank members; Clear all and a scenario reset it', () => {
    const store = createAppStore('');
    store.getState().setKeyBinding({ required: true, audience: 'https://verifier.example', nonce: '' });
    const options = toInspectOptions(selectInspectionInputs(store.getState()), 0);
    expect(options.keyBinding).toEqual({ required: true, audience: 'https://verifier.example' });
    store.getState().clearAll();
    expect(toInspectOptions(selectInspectionInputs(store.getState()), 0).keyBinding).toBeUndefined();
    store.getState().loadScenario({ token: 'x', keyBinding: { required: true, nonce: 'n' } });
    expect(toInspectOptions(selectInspectionInputs(store.getState()), 0).keyBinding).toEqual({
      required: true,
      nonce: 'n',
    });
  });
});
