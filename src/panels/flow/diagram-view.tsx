import { useEffect, useRef, useState, type RefObject } from 'react';
import { Button } from '../../ui/button';
import { DiagramExports } from './diagram-exports';

/** Zoom steps, 1 being the SVG's natural size (diagram text at least as large as the page's). */
const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3] as const;
const NATURAL = ZOOM_STEPS.indexOf(1);
/** The card behind the diagram, also filled behind a PNG download: slate-950 in dark mode. */
const BACKGROUND = { light: '#ffffff', dark: '#020618' } as const;

interface DiagramViewProps {
  svg: string;
  alt: string;
  kind: 'flow' | 'sequence';
  isDark: boolean;
}

/**
 * The diagram at its natural size in a scrollable card, with zoom buttons and Ctrl+wheel. It stays an
 * <img>: nothing in the SVG can run or fetch, whatever the token held.
 */
export function DiagramView({ svg, alt, kind, isDark }: DiagramViewProps) {
  const [step, setStep] = useState(NATURAL);
  const [naturalWidth, setNaturalWidth] = useState<number | null>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const zoom = ZOOM_STEPS[step] ?? 1;
  const zoomBy = (delta: number) => setStep((s) => Math.min(ZOOM_STEPS.length - 1, Math.max(0, s + delta)));

  useCtrlWheel(viewportRef, zoomBy);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-1">
        <Button onClick={() => zoomBy(-1)} disabled={step === 0}>
          Zoom out
        </Button>
        <output aria-label="Zoom" aria-live="polite" className="min-w-12 text-center text-xs tabular-nums">
          {Math.round(zoom * 100)} %
        </output>
        <Button onClick={() => zoomBy(1)} disabled={step === ZOOM_STEPS.length - 1}>
          Zoom in
        </Button>
        <Button onClick={() => setStep(NATURAL)} disabled={step === NATURAL}>
          Reset zoom
        </Button>
        <span className="ml-auto">
          <DiagramExports svg={svg} name={kind} background={isDark ? BACKGROUND.dark : BACKGROUND.light} />
        </span>
      </div>
      <div
        ref={viewportRef}
        role="region"
        aria-label="Diagram viewer"
        // A scrollable box must take focus, or the keyboard cannot scroll a diagram wider than the card.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        data-diagram-viewport={kind}
        className="max-h-[70vh] overflow-auto rounded border bg-white p-2 focus-visible:outline-2 focus-visible:outline-sky-500 dark:bg-slate-950"
      >
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
          alt={alt}
          data-diagram={kind}
          data-zoom={zoom}
          onLoad={(event) => setNaturalWidth(event.currentTarget.naturalWidth)}
          style={naturalWidth ? { width: naturalWidth * zoom } : undefined}
          className="h-auto max-w-none"
        />
      </div>
    </div>
  );
}

/** Ctrl+wheel (and a trackpad pinch, which browsers report as one) zooms the diagram, not the page. */
function useCtrlWheel(ref: RefObject<HTMLElement | null>, zoomBy: (delta: number) => void) {
  const zoomByRef = useRef(zoomBy);
  useEffect(() => {
    zoomByRef.current = zoomBy;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey || event.deltaY === 0) return;
      // React's wheel listeners are passive; only a native one may keep the browser from zooming the page.
      event.preventDefault();
      zoomByRef.current(event.deltaY < 0 ? 1 : -1);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [ref]);
}
