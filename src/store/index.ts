export { createAppStore, useAppStore, type AppState, type AppStore } from './store';
export { selectEvaluationInstant, selectIsDark, type ThemeChoice } from './settings-slice';
export { sameInputs, selectInspectionInputs, selectIsVerdictBusy, selectTokenIssuer, toInspectOptions } from './inspection-slice';
export type { JwksCommand, JwksState } from './jwks-slice';
export type { KeyBox, KeyProvenance, RemovedKey } from './keys-slice';
export type { Scenario, View } from './scenario-slice';
export type { FindStatus, FoundSet } from './found-slice';
export { DECODE_ELSEWHERE_CHARS, selectEditorText, takeTokenText, type DecodeElsewhere } from './token-slice';
