import { formatInstant, offsetFor, type OffsetAt } from '../../core/claims/format-instant';
import { HISTORY_LIMIT, type HistoryEntry } from '../../core/history';
import { useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { Region } from '../../ui/region';
import { PrivacyNote } from './privacy-note';

interface HistoryPanelProps {
  isOn: boolean;
  entries: readonly HistoryEntry[];
  problem: string | null;
  onToggle: (isOn: boolean) => void;
  onOpen: (token: string) => void;
  onForget: (token: string) => void;
  onForgetAll: () => void;
}

/** Characters of a token shown when it has no label. */
const PREVIEW_CHARS = 32;

/** "Remember tokens on this device", the tokens remembered, and what the app stores at all. */
export function HistoryPanel({ isOn, entries, problem, onToggle, onOpen, onForget, onForgetAll }: HistoryPanelProps) {
  const offsetAt = offsetFor(useAppStore((s) => s.timeZone));
  return (
    <div data-panel="history" className="flex flex-col gap-2">
      <Region
        title="History"
        meta={isOn ? `${entries.length} of at most ${HISTORY_LIMIT}` : 'off'}
        actions={isOn && entries.length > 0 ? <Button onClick={onForgetAll}>Forget all</Button> : null}
      >
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={isOn} onChange={(event) => onToggle(event.target.checked)} />
          Remember tokens on this device
        </label>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {isOn
            ? `The last ${HISTORY_LIMIT} tokens you inspect stay in this browser (IndexedDB) until you forget them or untick the box. Keys, secrets, passwords and decrypted payloads are never kept.`
            : 'Off: tokens stay in this tab’s memory only. Ticking the box keeps the tokens you inspect — never keys, secrets or passwords.'}
        </p>
        {problem ? (
          <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
            The browser’s storage refused: {problem}
          </p>
        ) : null}
        {isOn && entries.length === 0 ? <p className="mt-2 text-sm">No token remembered yet.</p> : null}
        {isOn && entries.length > 0 ? (
          <ol className="mt-2 flex flex-col divide-y text-sm">
            {entries.map((entry) => (
              <HistoryRow key={entry.token} entry={entry} offsetAt={offsetAt} onOpen={onOpen} onForget={onForget} />
            ))}
          </ol>
        ) : null}
      </Region>
      <PrivacyNote />
    </div>
  );
}

interface HistoryRowProps {
  entry: HistoryEntry;
  offsetAt: OffsetAt;
  onOpen: (token: string) => void;
  onForget: (token: string) => void;
}

function HistoryRow({ entry, offsetAt, onOpen, onForget }: HistoryRowProps) {
  const name = entry.label ?? `${entry.token.slice(0, PREVIEW_CHARS)}…`;
  return (
    <li data-kind={entry.kind} className="flex items-start gap-2 py-1.5">
      <div className="min-w-0 flex-1">
        <div className={`truncate ${entry.label ? 'font-medium' : 'font-mono text-xs'}`} title={entry.token}>
          {name}
        </div>
        <div className="text-xs text-slate-600 dark:text-slate-400">
          {[
            entry.kind,
            entry.iss === null ? null : `iss ${entry.iss}`,
            entry.exp === null ? null : `exp ${formatInstant(entry.exp, offsetAt)}`,
            `seen ${formatInstant(Math.floor(entry.seenAt / 1000), offsetAt)}`,
          ]
            .filter((part) => part !== null)
            .join(' · ')}
        </div>
      </div>
      <Button onClick={() => onOpen(entry.token)}>Open</Button>
      <Button onClick={() => onForget(entry.token)}>Forget</Button>
    </li>
  );
}
