import type { JsonNumberText } from '../core';
import type { NameInfo } from '../core/catalogue/name-info';
import { jsonPathStep } from '../core/json/json-path';
import { JSON_LOOK } from '../ui/look';
import { fragment, h, uniqueId, type Child } from './dom';

const INDENT = '  ';
type Describe = ((key: string) => NameInfo | undefined) | undefined;
type NumberTexts = ReadonlyMap<string, JsonNumberText> | undefined;

/**
 * Pretty JSON as inert text nodes, element for element what ui/json-view.tsx renders, so the app's first
 * render replaces it with the same text in the same place.
 */
export function paintJson(value: unknown, describeKey: Describe, numbers: readonly JsonNumberText[] | undefined) {
  const texts = numbers?.length ? new Map(numbers.map((n) => [n.path, n])) : undefined;
  return h('pre', { class: JSON_LOOK.pre }, paintValue(value, 0, texts, '$', describeKey));
}

function paintValue(value: unknown, depth: number, texts: NumberTexts, path: string, describeKey?: Describe): Child {
  const at = (step: string | number) => (texts ? path + jsonPathStep(step) : path);
  if (Array.isArray(value)) {
    if (value.length === 0) return punct('[]');
    const pad = INDENT.repeat(depth + 1);
    return fragment(
      punct('['),
      '\n',
      ...value.map((item, i) =>
        h('span', {}, pad, paintValue(item, depth + 1, texts, at(i)), i < value.length - 1 && punct(','), '\n'),
      ),
      INDENT.repeat(depth),
      punct(']'),
    );
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return punct('{}');
    const pad = INDENT.repeat(depth + 1);
    return fragment(
      punct('{'),
      '\n',
      ...entries.map(([key, item], i) =>
        h(
          'span',
          {},
          pad,
          member(key, depth === 0 ? describeKey?.(key) : undefined, paintValue(item, depth + 1, texts, at(key))),
          i < entries.length - 1 && punct(','),
          '\n',
        ),
      ),
      INDENT.repeat(depth),
      punct('}'),
    );
  }
  if (typeof value === 'string') return h('span', { class: JSON_LOOK.string }, JSON.stringify(value));
  if (typeof value === 'number') return numberValue(value, texts?.get(path));
  return h('span', { class: JSON_LOOK.literal }, String(value));
}

function numberValue(value: number, written: JsonNumberText | undefined): Child {
  const text = written && Object.is(written.value, value) ? written : undefined;
  const shown = h('span', { class: JSON_LOOK.number }, text?.text ?? String(value));
  if (!text || text.loss === 'none') return shown;
  const reads = `JavaScript reads ${value}${text.loss === 'unsafe-integer' ? `, held as ${BigInt(value)}` : ''}`;
  return fragment(shown, h('span', { role: 'img', 'aria-label': reads, title: reads, class: JSON_LOOK.lossy }, '≈'));
}

function punct(text: string): HTMLElement {
  return h('span', { class: JSON_LOOK.punct }, text);
}

function member(name: string, note: NameInfo | undefined, value: Child): DocumentFragment {
  const quoted = JSON.stringify(name);
  const valueSpan = h('span', {}, value);
  if (!note) return fragment(h('span', { class: JSON_LOOK.name }, quoted), punct(': '), valueSpan);
  const tooltipId = uniqueId('tooltip');
  return fragment(
    h(
      'span',
      { class: 'group relative' },
      h('button', { type: 'button', 'aria-describedby': tooltipId, class: JSON_LOOK.knownName }, quoted),
      h(
        'span',
        {
          id: tooltipId,
          role: 'tooltip',
          'data-placement': 'below',
          class: `${JSON_LOOK.tooltip} ${JSON_LOOK.tooltipBelow}`,
        },
        h('strong', {}, note.title),
        ` — ${note.description}`,
      ),
    ),
    punct(': '),
    valueSpan,
  );
}
