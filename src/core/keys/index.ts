export { parseKeyInput, type ParseKeyInputOptions } from './parse-key-input';
export { parseJwks } from './parse-jwks';
export { checkKeyFits, type KeyFit, type KeyOperation } from './check-key-fits';
export { importKeyFor, KeyUnfitError } from './import-key-for';
export { findWeakKey } from './find-weak-key';
export type { KeyCandidate, KeyJwk, KeyOrigin, ParsedKeyInput } from './types';
export { isNobleKey, type NobleKey, type NobleKind } from './noble-key';
