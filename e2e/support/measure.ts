import type { Locator, Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The element's box in page pixels (it must be rendered). */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not rendered`);
  return box;
}

/** Two elements' boxes read in one frame, so a layout shift between two reads cannot fake an overlap. */
export async function boxesOf(a: Locator, b: Locator): Promise<[Box, Box]> {
  const other = await b.elementHandle();
  if (!other) throw new Error(`${b.toString()} is not rendered`);
  return a.evaluate((element, second) => {
    const read = (node: Element): Box => {
      const r = node.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return [read(element), read(second)] as [Box, Box];
  }, other);
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Where the text of an element wraps: for every line after the first, the characters either side of the
 * break. Read from the layout (one Range per character), so it is what the user sees.
 */
export function lineBreaksOf(locator: Locator): Promise<Array<[string, string]>> {
  return locator.evaluate((element) => {
    const breaks: Array<[string, string]> = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let previous: { char: string; top: number } | null = null;
    // A space at the end of a line hangs there with no width: it still counts as the break's side.
    let skippedSpace = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        const char = text[i] ?? '';
        if (rect.width === 0 && /\s/.test(char)) {
          skippedSpace = true;
          continue;
        }
        if (previous && rect.top > previous.top + rect.height / 2)
          breaks.push([skippedSpace ? ' ' : previous.char, char]);
        previous = { char, top: rect.top };
        skippedSpace = false;
      }
    }
    return breaks;
  });
}

/**
 * The smallest text in a diagram as shown: each <text> element's font size in the SVG, times the scale
 * the <img> is drawn at. The SVG is laid out off screen only to read its computed styles.
 */
export function smallestDiagramText(image: Locator): Promise<number> {
  return image.evaluate((img: HTMLImageElement) => {
    const markup = decodeURIComponent(img.src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
    const svg = document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true);
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
    host.append(svg);
    document.body.append(host);
    const sizes = [...host.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
    const viewBoxWidth = (svg as unknown as SVGSVGElement).viewBox.baseVal.width;
    host.remove();
    return Math.min(...sizes) * (img.getBoundingClientRect().width / viewBoxWidth);
  });
}

/**
 * Median relative luminance (0 black … 1 white) of what the element looks like on screen: the colour
 * most of it has (its background), whatever the few coloured boxes on it are.
 */
export async function medianLuminance(page: Page, locator: Locator): Promise<number> {
  const png = (await locator.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const linear = (c: number) => (c <= 10 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    const values: number[] = [];
    for (let i = 0; i < pixels.length; i += 4)
      values.push(
        0.2126 * linear(pixels[i] ?? 0) + 0.7152 * linear(pixels[i + 1] ?? 0) + 0.0722 * linear(pixels[i + 2] ?? 0),
      );
    values.sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)] ?? 0;
  }, png);
}
