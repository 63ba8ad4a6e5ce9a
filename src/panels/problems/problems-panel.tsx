import { useAppStore } from '../../store';
import { FindingList } from '../../ui/finding-list';

/** Every decode finding at once, each tagged with its stable code. */
export function ProblemsPanel() {
  const findings = useAppStore((s) => s.decoded.findings);
  if (findings.length === 0) return null;
  return (
    <section aria-label="Problems" className="flex flex-col gap-2">
      <h2 className="text-sm font-semibold tracking-wide uppercase">Problems</h2>
      <FindingList findings={findings} label="Decode problems" />
    </section>
  );
}
