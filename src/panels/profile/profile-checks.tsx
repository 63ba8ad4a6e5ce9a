import { PROFILES, type InspectionProfile, type ProfileCheck } from '../../core';

type Look = 'passed' | 'failed' | 'warning' | 'skipped';

/** The row's background marks what needs attention; the result cell says the outcome in colour and words. */
const LOOKS: Record<Look, { mark: string; word: string; row: string; result: string }> = {
  passed: { mark: '✔', word: 'passed', row: '', result: 'text-emerald-800 dark:text-emerald-300' },
  failed: {
    mark: '✖',
    word: 'failed',
    row: 'bg-red-50 dark:bg-red-950/40',
    result: 'font-semibold text-red-800 dark:text-red-300',
  },
  warning: {
    mark: '▲',
    word: 'warning',
    row: 'bg-amber-50 dark:bg-amber-950/40',
    result: 'font-semibold text-amber-900 dark:text-amber-200',
  },
  skipped: { mark: '–', word: 'skipped', row: '', result: 'text-slate-600 dark:text-slate-400' },
};

const COLUMNS = ['Rule', 'Result', 'Spec'] as const;

const lookOf = (check: ProfileCheck): Look =>
  check.status === 'failed' ? (check.severity === 'warning' ? 'warning' : 'failed') : check.status;

interface ProfileChecksProps {
  profile: InspectionProfile | null;
  /** The inputs changed and the result for them has not arrived: shown dimmed, like the verdict. */
  isBusy: boolean;
}

/** Each rule of the profile in effect with its outcome, its detail and the spec section it comes from. */
export function ProfileChecks({ profile, isBusy }: ProfileChecksProps) {
  const dimmed = `${isBusy ? 'opacity-60' : ''}`;
  if (!profile)
    return (
      <p aria-busy={isBusy} className={`text-xs text-slate-700 dark:text-slate-300 ${dimmed}`}>
        No profile rules ran: there are no decoded claims to check.
      </p>
    );
  const definition = PROFILES[profile.id];
  const titleOf = (name: string) => definition.rules.find((rule) => rule.name === name)?.title ?? name;
  const caption = `Rules of ${definition.title} (${definition.spec})`;
  if (profile.checks.length === 0)
    return (
      <p aria-busy={isBusy} className={`text-xs text-slate-700 dark:text-slate-300 ${dimmed}`}>
        {caption}: none beyond the JWT rules (RFC 7519), which the verdict lists.
      </p>
    );
  return (
    <div aria-busy={isBusy} className={`overflow-x-auto ${dimmed}`}>
      <table className="w-full border-collapse text-left text-xs">
        <caption className="mb-1 text-left text-xs font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="py-1 pr-2 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {profile.checks.map((check, i) => {
            const look = LOOKS[lookOf(check)];
            return (
              <tr
                key={`${check.name}-${i}`}
                data-check={check.name}
                data-status={check.status}
                data-finding={check.status === 'failed' ? check.code : undefined}
                data-severity={check.status === 'failed' ? check.severity : undefined}
                className={`border-b border-slate-200 align-top last:border-0 dark:border-slate-700 ${look.row}`}
              >
                <td className="py-1 pr-2 wrap-anywhere">
                  {titleOf(check.name)}
                  <span className="block wrap-anywhere text-slate-700 dark:text-slate-300">{check.detail}</span>
                </td>
                <td className={`py-1 pr-2 whitespace-nowrap ${look.result}`}>
                  <span aria-hidden="true">{look.mark} </span>
                  {look.word}
                </td>
                <td className="py-1 text-slate-700 dark:text-slate-300">{check.ref}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
