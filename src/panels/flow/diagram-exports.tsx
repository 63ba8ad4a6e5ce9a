const BUTTON =
  'rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:hover:bg-slate-800';

/** Download the rendered diagram as SVG, or as PNG drawn from it on a canvas (all in the page). */
export function DiagramExports({ svg, name }: { svg: string; name: string }) {
  const download = (blob: Blob, extension: string) => {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `jwt-lens-${name}.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const downloadPng = () => {
    const image = new Image();
    image.onload = () => {
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, image.naturalWidth * scale);
      canvas.height = Math.max(1, image.naturalHeight * scale);
      const context = canvas.getContext('2d');
      if (!context) return;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => blob && download(blob, 'png'), 'image/png');
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  };
  return (
    <span className="flex gap-1">
      <button
        type="button"
        className={BUTTON}
        onClick={() => download(new Blob([svg], { type: 'image/svg+xml' }), 'svg')}
      >
        Download SVG
      </button>
      <button type="button" className={BUTTON} onClick={downloadPng}>
        Download PNG
      </button>
    </span>
  );
}
