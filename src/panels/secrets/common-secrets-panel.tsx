import { useEffect, useRef, useState } from 'react';
import { canTryCommonSecrets, type CommonSecretsResult, type DecodedToken } from '../../core';
import { useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { FindingList } from '../../ui/finding-list';
import { Region } from '../../ui/region';

/** Starts a run in a worker; handed down by the app, which owns the workers. */
export type RunCommonSecrets = (
  decoded: DecodedToken,
  onProgress: (tried: number, total: number) => void,
) => { result: Promise<CommonSecretsResult>; cancel: () => void };

type Phase =
  | { step: 'idle' }
  | { step: 'running'; tried: number; total: number | null }
  | { step: 'done'; result: CommonSecretsResult }
  | { step: 'failed'; message: string };

const IDLE: Phase = { step: 'idle' };

/**
 * "Try common secrets" for an HS256/384/512 token: a bundled list of well-known weak secrets is tried
 * in a worker, with progress and Cancel. What it shows belongs to the token it ran on: another token
 * stops the run and starts from nothing.
 */
export function CommonSecretsPanel({ run }: { run: RunCommonSecrets }) {
  const decoded = useAppStore((s) => s.decoded);
  const setVerificationKey = useAppStore((s) => s.setVerificationKey);
  const setSecretEncoding = useAppStore((s) => s.setSecretEncoding);
  const [state, setState] = useState<{ decoded: DecodedToken; phase: Phase } | null>(null);
  const cancelRun = useRef<(() => void) | null>(null);

  // A new token (or leaving the page) stops the run made for the old one.
  useEffect(
    () => () => {
      cancelRun.current?.();
      cancelRun.current = null;
    },
    [decoded],
  );

  if (!canTryCommonSecrets(decoded)) return null;
  const phase = state?.decoded === decoded ? state.phase : IDLE;
  const show = (next: Phase) => setState((s) => (s?.decoded === decoded ? { decoded, phase: next } : s));

  const start = () => {
    setState({ decoded, phase: { step: 'running', tried: 0, total: null } });
    const started = run(decoded, (tried, total) => show({ step: 'running', tried, total }));
    cancelRun.current = started.cancel;
    started.result.then(
      (result) => show({ step: 'done', result }),
      (error: unknown) => show({ step: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  const takeSecret = (secret: string) => {
    setSecretEncoding('utf8');
    setVerificationKey(secret, 'typed');
  };

  return (
    <div data-panel="common-secrets">
      <Region title="Common secrets" className="flex flex-col gap-2 text-sm">
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Tries a few thousand well-known weak HMAC secrets (wallarm/jwt-secrets, MIT) in this browser; nothing is sent.
        </p>
        {phase.step === 'running' ? (
          <Progress tried={phase.tried} total={phase.total} onCancel={() => cancelRun.current?.()} />
        ) : (
          <Button className="self-start" onClick={start}>
            Try common secrets
          </Button>
        )}
        {phase.step === 'done' ? <Outcome result={phase.result} onUse={takeSecret} /> : null}
        {phase.step === 'failed' ? <p role="alert">{phase.message}</p> : null}
      </Region>
    </div>
  );
}

function Progress({ tried, total, onCancel }: { tried: number; total: number | null; onCancel: () => void }) {
  // Indeterminate until the worker has loaded the list and knows its length.
  return (
    <div className="flex items-center gap-2">
      <progress
        aria-label="Trying common secrets"
        value={total === null ? undefined : tried}
        max={total ?? undefined}
        aria-valuemin={0}
        aria-valuenow={tried}
        aria-valuemax={total ?? undefined}
        className="w-48"
      />
      <span className="text-xs tabular-nums">
        {total === null ? 'Loading the list…' : `${tried.toLocaleString('en')} of ${total.toLocaleString('en')}`}
      </span>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}

function Outcome({ result, onUse }: { result: CommonSecretsResult; onUse: (secret: string) => void }) {
  const { found, finding, tried, total } = result;
  if (found !== null && finding) {
    return (
      <div className="flex flex-col gap-2">
        <FindingList findings={[finding]} label="Weak secret found" />
        <Button className="self-start" onClick={() => onUse(found)}>
          Use this secret
        </Button>
      </div>
    );
  }
  return (
    <p role="status">
      {result.isCancelled
        ? `Cancelled after ${tried.toLocaleString('en')} of ${total.toLocaleString('en')} tried.`
        : `No common secret matched (${tried.toLocaleString('en')} tried).`}
    </p>
  );
}
