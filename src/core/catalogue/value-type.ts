import type { ValueType } from './name-info';

/** Whether a decoded JSON value has the type a catalogue entry gives its name. */
export function hasValueType(value: unknown, type: ValueType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'string-array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'string-or-string-array':
      return typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    // RFC 7519 §2: a JSON number; whether it can be a time is the claim checks' question, not the type's.
    case 'numeric-date':
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
  }
}

const TYPE_WORDS: Readonly<Record<ValueType, string>> = {
  string: 'a string',
  'string-array': 'an array of strings',
  'string-or-string-array': 'a string or an array of strings',
  'numeric-date': 'a NumericDate (a number of seconds)',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'a JSON object',
  array: 'an array',
};

/** "an array of strings": what a value of this type is, in words. */
export function describeValueType(type: ValueType): string {
  return TYPE_WORDS[type];
}
