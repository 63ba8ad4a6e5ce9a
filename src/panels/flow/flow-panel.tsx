import { useEffect, useMemo, useState } from 'react';
import { buildFlowDiagram, buildSequenceDiagram, STATUS_MARKERS, type FlowDiagram, type FlowStatus } from '../../core';
import { renderDiagram, type RenderResult } from '../../lib/mermaid';
import { selectIsDark, useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/load-error';
import { Region } from '../../ui/region';
import { CopyButton } from '../../ui/copy-button';
import { SegmentedControl } from '../../ui/segmented-control';
import { DiagramView } from './diagram-view';

type View = 'flow' | 'sequence';
const VIEWS: ReadonlyArray<{ value: View; label: string }> = [
  { value: 'flow', label: 'Flowchart' },
  { value: 'sequence', label: 'Sequence' },
];

/** What happened to this token, drawn. Mermaid is loaded only once the user opens the diagram. */
export function FlowPanel() {
  const inspection = useAppStore((s) => s.inspection);
  const jwks = useAppStore((s) => s.jwks);
  const isDark = useAppStore(selectIsDark);
  const [isOpen, setOpen] = useState(false);
  const [view, setView] = useState<View>('flow');
  const [rendered, setRendered] = useState<{ source: string; result: RenderResult } | null>(null);
  // Bumped by "Try again": renders the same source anew (src/lib/mermaid.ts imports again after a failure).
  const [attempt, setAttempt] = useState(0);

  const diagram = useMemo(() => {
    if (!inspection || inspection.format === 'unknown') return null;
    const context = {
      keySource:
        jwks.status === 'loaded'
          ? jwks.discoveryUrl
            ? ('discovery' as const)
            : ('jwks-url' as const)
          : ('pasted' as const),
      jwksUri: jwks.status === 'loaded' ? jwks.url : null,
      theme: isDark ? ('dark' as const) : ('light' as const),
    };
    return view === 'flow' ? buildFlowDiagram(inspection, context) : buildSequenceDiagram(inspection, context);
  }, [inspection, jwks.status, jwks.discoveryUrl, jwks.url, view, isDark]);

  useEffect(() => {
    if (!isOpen || !diagram) return undefined;
    let isCurrent = true;
    void renderDiagram(diagram.source, isDark ? 'dark' : 'default').then((result) => {
      if (isCurrent) setRendered({ source: diagram.source, result });
    });
    return () => {
      isCurrent = false;
    };
  }, [isOpen, diagram, isDark, attempt]);

  if (!diagram) return null;
  const result = rendered && rendered.source === diagram.source ? rendered.result : null;
  const retry = () => {
    setRendered(null);
    setAttempt((n) => n + 1);
  };
  return (
    <Region
      title="Flow"
      label="Flow diagram"
      className="flex flex-col gap-2"
      meta={<SegmentedControl label="Diagram kind" options={VIEWS} value={view} onChange={setView} />}
      actions={
        <>
          {isOpen ? null : <Button onClick={() => setOpen(true)}>Show diagram</Button>}
          <CopyButton text={diagram.source} label="Copy Mermaid source" />
        </>
      }
    >
      <ol aria-label="Flow steps" className="grid gap-x-4 text-xs sm:grid-cols-2">
        {diagram.steps.map((step) => (
          <li key={step.id} data-step={step.id} data-status={step.status}>
            <StatusMark status={step.status} />
            <span className="font-medium">{step.label}</span>
            {step.detail ? <span className="text-slate-600 dark:text-slate-400"> — {step.detail}</span> : null}
          </li>
        ))}
      </ol>
      {diagram.links.length > 0 ? (
        <ul aria-label="Tokens given with it" className="grid gap-x-4 text-xs sm:grid-cols-2">
          {diagram.links.map((link) => (
            <li key={`${link.from}-${link.to}`} data-link={link.via} data-status={link.status}>
              <StatusMark status={link.status} />
              <span className="font-medium">{link.label}</span> — tied by {link.via}
            </li>
          ))}
        </ul>
      ) : null}
      {isOpen && !result ? <p className="text-sm">Drawing…</p> : null}
      {result && !result.ok && result.failed === 'load' ? (
        <LoadError what="the diagram library" message={result.message} onRetry={retry} />
      ) : null}
      {result && !result.ok && result.failed === 'draw' ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The diagram could not be drawn: {result.message} <Button onClick={retry}>Try again</Button>
        </p>
      ) : null}
      {result?.ok ? (
        <DiagramView svg={result.svg} kind={view} isDark={isDark} alt={describeDiagram(view, diagram)} />
      ) : null}
    </Region>
  );
}

/** The status as a marker for the eye and as words for a screen reader (colour is never the only cue). */
function StatusMark({ status }: { status: FlowStatus }) {
  return (
    <>
      <span aria-hidden="true">{STATUS_MARKERS[status]} </span>
      <span className="sr-only">{status}: </span>
    </>
  );
}

/** The image's text alternative: every step and every link to a token given with this one, with status. */
function describeDiagram(view: View, diagram: FlowDiagram): string {
  const steps = diagram.steps.map((s) => `${s.label} ${s.status}`);
  const links = diagram.links.map((l) => `${l.label} tied by ${l.via} ${l.status}`);
  return `${view === 'flow' ? 'Flowchart' : 'Sequence diagram'} of this token: ${[...steps, ...links].join('; ')}`;
}
