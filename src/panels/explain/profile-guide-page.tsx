import type { ProfileGuide, TroublePattern } from '../../core';

const MUTED = 'text-slate-600 dark:text-slate-400';

/** One profile's teaching page and the mistakes seen with it; everything is rendered as text. */
export function ProfileGuidePage({ guide, patterns }: { guide: ProfileGuide; patterns: readonly TroublePattern[] }) {
  return (
    <article aria-label={`${guide.title} explained`} data-profile={guide.id} className="flex flex-col gap-3">
      <div>
        <h3 className="font-semibold">{guide.title}</h3>
        <p className={`text-xs ${MUTED}`}>{guide.spec}</p>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="font-semibold">What it is for</dt>
        <dd>{guide.purpose}</dd>
        <dt className="font-semibold">Made by</dt>
        <dd>{guide.madeBy}</dd>
        <dt className="font-semibold">Checked by</dt>
        <dd>{guide.checkedBy}</dd>
        <dt className="font-semibold">Registered typ</dt>
        <dd>
          {guide.typ.length > 0 ? (
            guide.typ.map((typ, index) => (
              <span key={typ}>
                {index > 0 ? ' or ' : null}
                <code className="font-mono">{typ}</code>
              </span>
            ))
          ) : (
            <span>None registered: it is recognised by its claims.</span>
          )}
        </dd>
        <dt className="font-semibold">Context it needs</dt>
        <dd>
          {guide.contextInputs.length > 0
            ? guide.contextInputs.map((needed) => needed.label).join(', ')
            : 'Nothing beyond the token and its keys.'}
        </dd>
      </dl>
      <RuleTable guide={guide} />
      <PatternList patterns={patterns} />
    </article>
  );
}

function RuleTable({ guide }: { guide: ProfileGuide }) {
  if (guide.rules.length === 0)
    return (
      <p className="text-xs">No rules beyond those of every JWT (RFC 7519): signature, times, issuer, audience.</p>
    );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="mb-1 text-left text-sm font-semibold">Rules</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-1 pr-2">
              Rule
            </th>
            <th scope="col" className="pr-2">
              Spec section
            </th>
            <th scope="col" className="pr-2">
              Finding when it fails
            </th>
            <th scope="col">Needs</th>
          </tr>
        </thead>
        <tbody>
          {guide.rules.map((rule) => (
            <tr key={rule.name} data-rule={rule.name} className="border-b align-top">
              <th scope="row" className="py-1 pr-2 font-normal">
                {rule.title}
              </th>
              <td className="pr-2">{rule.ref}</td>
              <td className="pr-2">
                <code className="font-mono">{rule.code}</code>
                <span className={`block ${MUTED}`}>{rule.codeTitle}</span>
              </td>
              <td>{rule.needs.length > 0 ? rule.needs.map((needed) => needed.label).join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PatternList({ patterns }: { patterns: readonly TroublePattern[] }) {
  if (patterns.length === 0) return null;
  return (
    <section aria-label="Common mistakes" className="flex flex-col gap-2">
      <h4 className="text-sm font-semibold">Common mistakes</h4>
      <ul className="flex flex-col gap-2">
        {patterns.map((pattern) => (
          <li key={pattern.id} data-pattern={pattern.id} className="rounded border p-2 text-xs">
            <p className="font-semibold">{pattern.symptom}</p>
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
              <dt className="font-semibold">Cause</dt>
              <dd>{pattern.cause}</dd>
              <dt className="font-semibold">Fix</dt>
              <dd>{pattern.fix}</dd>
              <dt className="font-semibold">Findings</dt>
              <dd className="font-mono">{pattern.codes.join(', ')}</dd>
              <dt className="font-semibold">Spec</dt>
              <dd>{pattern.ref}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
