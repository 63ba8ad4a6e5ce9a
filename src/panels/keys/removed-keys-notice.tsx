import type { KeyProvenance, RemovedKey } from '../../store';

const OWNER: Record<KeyProvenance, string> = {
  sample: 'the sample',
  example: 'the example',
  issued: 'the issued token',
  generated: 'the key generator',
  typed: 'your input',
};

/** One line after another token was loaded: which keys left with the token they came with. */
export function RemovedKeysNotice({ removed }: { removed: readonly RemovedKey[] }) {
  if (removed.length === 0) return null;
  const owners = [...new Set(removed.map((key) => OWNER[key.from]))];
  const whose = owners.map((owner) => `${owner}’s`).join(' and ');
  const isPlural = removed.length > 1;
  return (
    <p role="status" data-removed-keys={removed.length} className="text-xs text-slate-700 dark:text-slate-300">
      {upperFirst(whose)} {isPlural ? 'keys were' : 'key was'} removed: {isPlural ? 'they belong' : 'it belongs'} to{' '}
      {owners.join(' and ')}, not to this token.
    </p>
  );
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
