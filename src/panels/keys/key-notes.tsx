import type { Finding, FindingCode } from '../../core';
import type { KeyBox } from '../../store';
import { Button } from '../../ui/button';

/**
 * Findings that say a key in this box was not used for this token: another kid, or a type, curve or use
 * its algorithm cannot take. They describe the key, not the token.
 */
const NOT_USED: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'key-alg-mismatch',
  'key-wrong-use',
  'key-not-found',
  'epk-invalid',
]);

const MOVE_LABEL: Record<KeyBox, string> = {
  'verification-key': 'Use it as the decryption key',
  'decryption-key': 'Use it as the verification key',
};

interface KeyNotesProps {
  box: KeyBox;
  /** The inspection's findings about this box (source = the box, stage 'key'). */
  findings: readonly Finding[];
  onMove: (box: KeyBox) => void;
}

/** What the inspection read from one key box: each key recognised, each key not used for this token, and why. */
export function KeyNotes({ box, findings, onMove }: KeyNotesProps) {
  return findings.map((finding, i) => {
    const isNotUsed = NOT_USED.has(finding.code);
    return (
      <p
        key={i}
        data-finding={finding.code}
        {...(isNotUsed ? { 'data-key-use': 'not-used' } : {})}
        className={finding.severity === 'error' ? 'text-red-700 dark:text-red-400' : ''}
      >
        {isNotUsed ? <strong className="font-semibold">Not used for this token: </strong> : null}
        {finding.message}
        {finding.code === 'key-in-wrong-box' ? (
          <Button className="ml-2" onClick={() => onMove(box)}>
            {MOVE_LABEL[box]}
          </Button>
        ) : null}
      </p>
    );
  });
}
