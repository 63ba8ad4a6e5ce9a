export { addToHistory, HISTORY_LIMIT } from './add-to-history';
export { describeForHistory, MAX_HISTORY_TOKEN_CHARS } from './describe-for-history';
export { readHistoryEntries } from './read-history-entries';
export type * from './types';
