export { createAppStore, useAppStore, type AppState, type AppStore } from './store';
export type { TokenSource, ProviderError } from './token-slice';
export { selectIsDark, type ThemeChoice } from './settings-slice';
export {
  sameInputs,
  selectInspectionInputs,
  selectIsVerdictBusy,
  toInspectOptions,
  type InspectionInputs,
} from './inspection-slice';
export { DEFAULT_JWKS_URL, type JwksCommand, type JwksProblem, type JwksState } from './jwks-slice';
export type { Scenario, View } from './scenario-slice';
