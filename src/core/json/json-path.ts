const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * One step of the JSON paths findings name (`$.sub`, `$["x-y"]`, `$.aud[1]`): an array index, a member name
 * that reads as an identifier, or any other name quoted. The decoder and the JSON view build paths with it,
 * so a path in a finding finds its value on screen.
 */
export function jsonPathStep(step: string | number): string {
  if (typeof step === 'number') return `[${step}]`;
  return IDENTIFIER.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`;
}
