import type { StateCreator } from 'zustand';
import type { ProfileChoice, ProfileContext } from '../core';
import { NO_KEY_BINDING, type KeyBindingInputs } from './expectations-slice';
import type { KeyProvenance } from './keys-slice';
import type { AppState } from './store';

/** A token with the inputs that go with it: an example, or a token just issued. */
export interface Scenario {
  token: string;
  verificationKey?: string;
  decryptionKey?: string;
  expectedAudience?: string;
  /** What to validate it as, and what the relying party knows (an issued ID token's access token, …). */
  profile?: ProfileChoice;
  context?: ProfileContext;
  /** The verifier's key-binding policy for an SD-JWT presentation (required, aud, nonce). */
  keyBinding?: Partial<KeyBindingInputs>;
  /** Where its keys come from; an example's (the default) leave again when another token is loaded. */
  keysFrom?: KeyProvenance;
}

export type View = 'inspect' | 'issue' | 'keys';

export interface ScenarioSlice {
  view: View;
  setView: (view: View) => void;
  /** Loads a token with its keys and expectations into the inspector, replacing what was there. */
  loadScenario: (scenario: Scenario) => void;
  /** A fresh start: no token, no keys, no expectations, no fetched key set. The clock tolerance stays. */
  clearAll: () => void;
}

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  view: 'inspect',
  setView: (view) => set({ view }),
  loadScenario: (scenario) => {
    const state = get();
    const from = scenario.keysFrom ?? 'example';
    // The token first: its keys are bound to it (keys-slice.ts), and the previous token's leave with it.
    state.setToken(scenario.token, 'typed');
    state.setVerificationKey(scenario.verificationKey ?? '', from);
    state.setDecryptionKey(scenario.decryptionKey ?? '', from);
    state.setExpectedAudience(scenario.expectedAudience ?? '');
    state.setExpectedIssuer('');
    state.setAllowedAlgorithms('');
    state.setProfileChoice(scenario.profile ?? 'auto');
    state.clearProfileContext();
    if (scenario.context) state.setProfileContext(scenario.context);
    state.setKeyBinding({ ...NO_KEY_BINDING, ...scenario.keyBinding });
    set({ view: 'inspect' });
  },
  clearAll: () => {
    const state = get();
    state.setToken('', 'typed');
    state.clearKeys();
    state.setExpectedIssuer('');
    state.setExpectedAudience('');
    state.setAllowedAlgorithms('');
    state.setProfileChoice('auto');
    state.clearProfileContext();
    state.setKeyBinding(NO_KEY_BINDING);
    state.clearJwks();
  },
});
