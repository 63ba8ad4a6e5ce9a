import { useId } from 'react';
import type { FindingOnlyOne, VerdictComparison, VerdictSide } from '../../core';

const SIDES = [
  { side: 'this', title: 'This token', owner: 'this token', only: 'onlyThis' },
  { side: 'other', title: 'Other token', owner: 'the other token', only: 'onlyOther' },
] as const;

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** Which one fails what: both verdicts, and the findings only one of the two tokens has. */
export function VerdictDifferences({ comparison }: { comparison: VerdictComparison }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="text-xs font-semibold tracking-wide uppercase">
        Which one fails what
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {SIDES.map(({ side, title, owner, only }) => (
          <div
            key={side}
            data-side={side}
            data-signature={comparison[side].signature}
            data-decryption={comparison[side].decryption}
            data-claims={comparison[side].claims}
            className="flex flex-col gap-1 rounded border p-2"
          >
            <h4 className="font-semibold">{title}</h4>
            <Verdicts verdicts={comparison[side]} />
            <OnlyHere owner={owner} groups={comparison[only]} />
          </div>
        ))}
      </div>
    </section>
  );
}

function Verdicts({ verdicts }: { verdicts: VerdictSide }) {
  const shown = (['signature', 'decryption', 'claims'] as const).filter((name) => verdicts[name] !== 'not-applicable');
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {shown.map((name) => (
        <div key={name} className="contents">
          <dt className="capitalize">{name}</dt>
          <dd className="font-mono">{verdicts[name]}</dd>
        </div>
      ))}
    </dl>
  );
}

function OnlyHere({ owner, groups }: { owner: string; groups: FindingOnlyOne[] }) {
  if (groups.length === 0)
    return <p className="text-xs text-slate-600 dark:text-slate-300">No finding only {owner} has.</p>;
  return (
    <>
      <p className="text-xs font-semibold">Only {owner} has:</p>
      <ul aria-label={`Findings only ${owner} has`} className="flex flex-col gap-1 text-xs">
        {groups.map(({ code, findings }) => {
          const [first] = findings;
          return (
            <li key={code} data-finding={code} className="break-words">
              {first ? `${SEVERITY_WORD[first.severity]} · ` : null}
              <code className="font-mono font-semibold">{code}</code>
              {first ? ` — ${first.message}` : null}
              {findings.length > 1 ? ` (and ${findings.length - 1} more)` : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
