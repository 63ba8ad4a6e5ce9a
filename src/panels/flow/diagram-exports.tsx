import { Button } from '../../ui/button';
import { downloadBlob } from '../../ui/download';

/**
 * Download the rendered diagram as SVG, or as PNG drawn from it on a canvas (all in the page), on the
 * card's background so a dark diagram stays readable.
 */
export function DiagramExports({ svg, name, background }: { svg: string; name: string; background: string }) {
  const download = (blob: Blob, extension: string) => downloadBlob(blob, `jwt-lens-${name}.${extension}`);
  const downloadPng = () => {
    const image = new Image();
    image.onload = () => {
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, image.naturalWidth * scale);
      canvas.height = Math.max(1, image.naturalHeight * scale);
      const context = canvas.getContext('2d');
      if (!context) return;
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => blob && download(blob, 'png'), 'image/png');
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  };
  return (
    <span className="flex gap-1">
      <Button onClick={() => download(new Blob([svg], { type: 'image/svg+xml' }), 'svg')}>Download SVG</Button>
      <Button onClick={downloadPng}>Download PNG</Button>
    </span>
  );
}
