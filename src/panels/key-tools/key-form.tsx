import { Button } from '../../ui/button';
import { CopyButton } from '../../ui/copy-button';
import { downloadBlob } from '../../ui/download';

/** One form of a key, with copy and download. */
export function KeyForm({ title, text, file }: { title: string; text: string; file: string }) {
  const download = () =>
    downloadBlob(
      new Blob([text], { type: file.endsWith('.json') ? 'application/json' : 'application/x-pem-file' }),
      file,
    );
  return (
    <section aria-label={title} className="rounded border p-2">
      <div className="mb-1 flex items-center gap-2">
        <h3 className="text-xs font-semibold">{title}</h3>
        <span className="ml-auto flex gap-1">
          <CopyButton text={text} label={`Copy ${title}`} />
          <Button onClick={download}>Download</Button>
        </span>
      </div>
      {/* Focusable because it scrolls: a keyboard user must be able to reach the end of a long key
          (WCAG 2.1.1; axe's scrollable-region-focusable). The rule below has no case for scroll boxes. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre tabIndex={0} className="max-h-40 overflow-auto font-mono text-[11px] break-all whitespace-pre-wrap">
        {text}
      </pre>
    </section>
  );
}
