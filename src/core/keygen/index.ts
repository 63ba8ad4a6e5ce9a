export { generateKey } from './generate-key';
export { convertKey, type KeyConversion } from './convert-key';
export { KEY_KINDS, type KeyKind, type KeyKindInfo, type KeyPurpose } from './key-kinds';
export type { ConvertedKey, GeneratedKey, JwkJson, KeyForms } from './types';
export { generateKeyFor, type KeyForResult } from './generate-key-for';
