import { useMemo, useState } from 'react';
import {
  CONTEXT_INPUTS,
  decodeToken,
  readTokenFacts,
  type FoundToken,
  type ProfileContext,
  type TokenFacts,
} from '../../core';
import { formatSpan } from '../../core/claims/describe-times';
import { selectEvaluationInstant, useAppStore, type FindStatus, type FoundSet } from '../../store';
import { Button } from '../../ui/button';
import { CopyButton } from '../../ui/copy-button';
import { Region } from '../../ui/region';

/** Rows drawn before "Show all": a HAR of a long session can hold thousands of distinct tokens. */
const FIRST_ROWS = 50;
/** Characters of a paste shown under "The pasted text"; "Copy" still copies all of it. */
const SHOWN_CHARS = 10_000;

interface TokensFoundProps {
  /** Inspects the found token at this index. */
  onChoose: (index: number) => void;
  /** Stops the running search. */
  onCancel: () => void;
}

/**
 * Region "Tokens found": every token in a paste or an opened file that was not exactly one token, each a
 * button that inspects it, with what it is and what came with it; the search's progress while it runs.
 */
export function TokensFoundPanel({ onChoose, onCancel }: TokensFoundProps) {
  const found = useAppStore((s) => s.found);
  const status = useAppStore((s) => s.findStatus);

  if (status.state === 'idle' && found === null) return null;
  return (
    <Region
      title="Tokens found"
      meta={found ? describeSource(found) : null}
      actions={found?.text ? <CopyButton text={found.text} label="Copy the pasted text" /> : null}
    >
      <SearchStatus status={status} onCancel={onCancel} />
      {found && status.state !== 'busy' ? <FoundList found={found} onChoose={onChoose} /> : null}
    </Region>
  );
}

function SearchStatus({ status, onCancel }: { status: FindStatus; onCancel: () => void }) {
  if (status.state === 'failed')
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        {status.message}
      </p>
    );
  if (status.state !== 'busy') return null;
  const label = status.stage === 'reading' ? `Reading ${status.name ?? 'the file'}` : 'Looking for tokens';
  return (
    <div className="flex items-center gap-2 text-sm">
      <label className="flex items-center gap-2">
        {label}
        <progress value={status.done} max={Math.max(1, status.total)} className="w-48" />
      </label>
      <span className="text-xs tabular-nums">{Math.floor((100 * status.done) / Math.max(1, status.total))} %</span>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}

function FoundList({ found, onChoose }: { found: FoundSet; onChoose: (index: number) => void }) {
  const [isShowingAll, setShowingAll] = useState(false);
  const tokenText = useAppStore((s) => s.tokenText);
  const where = found.origin === 'file' ? `in ${found.name ?? 'the file'}` : 'in the pasted text';
  if (found.tokens.length === 0) return <p className="text-sm">No JWS, JWE or SD-JWT was found {where}.</p>;
  const shown = isShowingAll ? found.tokens : found.tokens.slice(0, FIRST_ROWS);
  return (
    <>
      <p className="mb-2 text-sm">
        {found.tokens.length === 1 ? 'One token' : `${found.tokens.length.toLocaleString('en')} tokens`} {where}
        {found.tokens.length > 1 ? ': choose one to inspect it.' : '.'}
      </p>
      <ul className="flex flex-col gap-1 text-sm">
        {shown.map((token, index) => (
          <FoundRow
            key={token.token}
            token={token}
            isChosen={token.token === tokenText}
            onChoose={() => onChoose(index)}
          />
        ))}
      </ul>
      {shown.length < found.tokens.length ? (
        <Button className="mt-2" onClick={() => setShowingAll(true)}>
          Show all {found.tokens.length.toLocaleString('en')}
        </Button>
      ) : null}
      {found.text !== null ? <PastedText text={found.text} /> : null}
    </>
  );
}

function FoundRow({ token, isChosen, onChoose }: { token: FoundToken; isChosen: boolean; onChoose: () => void }) {
  const facts = useMemo(() => readFacts(token.token), [token.token]);
  const now = useAppStore(selectEvaluationInstant);
  const inspection = useAppStore((s) => (isChosen ? s.inspection : null));
  return (
    <li
      data-role={token.role}
      data-chosen={isChosen || undefined}
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded border px-2 py-1 ${isChosen ? 'border-sky-600 bg-sky-50 dark:bg-sky-950/40' : ''}`}
    >
      <button
        type="button"
        aria-pressed={isChosen}
        onClick={onChoose}
        className="text-left font-medium break-all text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-sky-300"
      >
        {token.label}
      </button>
      <span className="text-xs text-slate-700 dark:text-slate-300">
        {facts.label}
        {facts.alg ? ` · alg ${facts.alg}` : ''}
        {facts.kid ? ` · kid ${facts.kid}` : ''}
        {facts.exp !== null ? ` · ${describeExp(facts.exp, now)}` : ''}
      </span>
      {inspection ? (
        <span className="text-xs font-semibold" data-signature={inspection.signature} data-claims={inspection.claims}>
          signature {inspection.signature.replace('-', ' ')}, claims {inspection.claims.replace('-', ' ')}
        </span>
      ) : null}
      {token.joined ? (
        <span className="w-full text-xs text-slate-600 dark:text-slate-400" data-joined={token.joined.from}>
          {token.joined.from === 'lines'
            ? `Joined: ${token.joined.count - 1} line ${token.joined.count === 2 ? 'break' : 'breaks'} and the indentation after ${token.joined.count === 2 ? 'it' : 'them'} removed.`
            : `Joined: the values of ${token.joined.count} chunk cookies put together in order.`}
        </span>
      ) : null}
      {token.context ? <LinkedValues context={token.context} /> : null}
    </li>
  );
}

/** Names the context the token's companions filled in, from the one table of context inputs. */
function LinkedValues({ context }: { context: ProfileContext }) {
  const names = (Object.keys(context) as Array<keyof ProfileContext>).map((name) => CONTEXT_INPUTS[name].label);
  return (
    <span className="w-full text-xs text-slate-600 dark:text-slate-400">
      Filled in from what came with it: {names.join(', ')}
    </span>
  );
}

function PastedText({ text }: { text: string }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer">The pasted text ({text.length.toLocaleString('en')} characters)</summary>
      <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs break-all whitespace-pre-wrap dark:bg-slate-800">
        {text.length > SHOWN_CHARS
          ? `${text.slice(0, SHOWN_CHARS)}\n… ${(text.length - SHOWN_CHARS).toLocaleString('en')} more characters (Copy copies all)`
          : text}
      </pre>
    </details>
  );
}

/** The row's facts: kind (or "Unsecured JWS"), alg, kid and exp, from the one reader the history uses too. */
function readFacts(token: string): TokenFacts & { label: string } {
  const decoded = decodeToken(token);
  const facts = readTokenFacts(decoded);
  return { ...facts, label: decoded.isUnsecured ? 'Unsecured JWS' : (facts.kind ?? '') };
}

function describeExp(exp: number, now: number): string {
  const delta = exp - now;
  return delta >= 0 ? `expires in ${formatSpan(delta)}` : `expired ${formatSpan(-delta)} ago`;
}

function describeSource(found: FoundSet): string {
  if (found.origin === 'paste') return `${found.size.toLocaleString('en')} characters pasted`;
  const size =
    found.size >= 1024 * 1024 ? `${(found.size / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(found.size / 1024)} KB`;
  return `${found.name ?? 'file'}, ${size}`;
}
