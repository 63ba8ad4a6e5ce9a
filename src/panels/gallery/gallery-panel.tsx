import { useEffect, useState } from 'react';
import { useAppStore, type Scenario } from '../../store';
import { Button } from '../../ui/button';
import { describeError, LoadError } from '../../ui/load-error';

interface Example extends Scenario {
  id: string;
  group: string;
  title: string;
}

/** One-click examples with their keys, good and broken; the data loads only when the gallery opens. */
export function GalleryPanel() {
  const loadScenario = useAppStore((s) => s.loadScenario);
  const [isOpen, setOpen] = useState(false);
  const [examples, setExamples] = useState<Example[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Bumped by "Try again": the effect then calls import() afresh (a failed chunk is fetched again).
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isOpen || examples) return;
    let isCurrent = true;
    import('./examples.json').then(
      (module) => isCurrent && setExamples(module.default as Example[]),
      (error: unknown) => isCurrent && setLoadError(describeError(error)),
    );
    return () => {
      isCurrent = false;
    };
  }, [isOpen, examples, attempt]);

  const groups = [...new Set(examples?.map((e) => e.group) ?? [])];
  return (
    <details
      className="rounded-lg border bg-white p-3 text-sm shadow-sm dark:bg-slate-900"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-semibold tracking-wide uppercase">Examples</summary>
      {loadError ? (
        <LoadError
          what="the examples"
          message={loadError}
          className="mt-2"
          onRetry={() => {
            setLoadError(null);
            setAttempt((n) => n + 1);
          }}
        />
      ) : examples === null && isOpen ? (
        <p className="mt-2">Loading…</p>
      ) : null}
      <div className="mt-2 flex flex-col gap-2">
        {groups.map((group) => (
          <div key={group}>
            <h3 className="text-xs font-semibold text-slate-600 dark:text-slate-400">{group}</h3>
            <ul aria-label={`${group} examples`} className="mt-1 flex flex-wrap gap-1">
              {examples
                ?.filter((e) => e.group === group)
                .map((example) => (
                  <li key={example.id}>
                    <Button data-example={example.id} onClick={() => loadScenario({ ...example, keysFrom: 'example' })}>
                      {example.title}
                    </Button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}
