import { CopyButton } from '../../ui/copy-button';

/** One form of a key, with copy and download. */
export function KeyForm({ title, text, file }: { title: string; text: string; file: string }) {
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([text], { type: file.endsWith('.json') ? 'application/json' : 'application/x-pem-file' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-label={title} className="rounded border p-2">
      <div className="mb-1 flex items-center gap-2">
        <h3 className="text-xs font-semibold">{title}</h3>
        <span className="ml-auto flex gap-1">
          <CopyButton text={text} label={`Copy ${title}`} />
          <button
            type="button"
            onClick={download}
            className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600"
          >
            Download
          </button>
        </span>
      </div>
      <pre className="max-h-40 overflow-auto font-mono text-[11px] break-all whitespace-pre-wrap">{text}</pre>
    </section>
  );
}
