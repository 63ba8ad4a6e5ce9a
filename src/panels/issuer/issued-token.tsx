import type { IssueResult } from '../../core';
import { useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { CopyButton } from '../../ui/copy-button';
import { FindingList } from '../../ui/finding-list';
import { TokenOutput } from './token-output';
import { toScenario, type TemplateScenario } from './to-scenario';

type Issued = Extract<IssueResult, { ok: true }>;

interface IssuedTokenProps {
  issued: Issued;
  /** A generated recipient key's private half, as it was when the token was made. */
  recipientPrivateKey: string | null;
  /** The template's profile and links as they were when the token was made; null for a custom token. */
  template: TemplateScenario | null;
}

/** The token just made, its guard rails, and "Inspect this token". */
export function IssuedToken({ issued, recipientPrivateKey, template }: IssuedTokenProps) {
  const loadScenario = useAppStore((s) => s.loadScenario);
  return (
    <section aria-label="Issued token" className="flex flex-col gap-2">
      <TokenOutput token={issued.token} />
      <span className="flex gap-1">
        <CopyButton text={issued.token} label="Copy the token" />
        <Button variant="primary" onClick={() => loadScenario(toScenario(issued, recipientPrivateKey, template))}>
          Inspect this token
        </Button>
      </span>
      {issued.warnings.length > 0 ? <FindingList findings={issued.warnings} label="Guard rails" /> : null}
    </section>
  );
}
