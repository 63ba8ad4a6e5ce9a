export { compareTokens, readComparedParts } from './compare-tokens';
export { compareVerdicts } from './compare-verdicts';
export { describeTimeDifference } from './describe-time-difference';
export type * from './types';
