import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** A token with the inputs that go with it: an example, or a token just issued. */
export interface Scenario {
  token: string;
  verificationKey?: string;
  decryptionKey?: string;
  expectedAudience?: string;
}

export type View = 'inspect' | 'issue' | 'keys';

export interface ScenarioSlice {
  view: View;
  setView: (view: View) => void;
  /** Loads a token with its keys and expectations into the inspector, replacing what was there. */
  loadScenario: (scenario: Scenario) => void;
}

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  view: 'inspect',
  setView: (view) => set({ view }),
  loadScenario: (scenario) => {
    const state = get();
    state.setToken(scenario.token, 'typed');
    state.setVerificationKey(scenario.verificationKey ?? '');
    state.setDecryptionKey(scenario.decryptionKey ?? '');
    state.setExpectedAudience(scenario.expectedAudience ?? '');
    state.setExpectedIssuer('');
    state.setAllowedAlgorithms('');
    set({ view: 'inspect' });
  },
});
