/**
 * A tiny element builder for the first paint. Token bytes only ever become text nodes (`textContent`),
 * never markup, exactly as in the React app.
 */
export type Child = Node | string | null | undefined | false;

export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'class') element.className = value;
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function fragment(...children: Child[]): DocumentFragment {
  const result = document.createDocumentFragment();
  append(result, children);
  return result;
}

let lastId = 0;
/** An id unique in the page, for aria-labelledby and aria-describedby (React's useId plays this part later). */
export function uniqueId(prefix: string): string {
  lastId += 1;
  return `first-paint-${prefix}-${lastId}`;
}
