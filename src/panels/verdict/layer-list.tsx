import type { Layer } from '../../core';

/** The layers of a nested token, outermost first. */
export function LayerList({ layers }: { layers: Layer[] }) {
  return (
    <ol aria-label="Layers" className="flex flex-col gap-1 text-sm">
      {layers.map((layer, i) => (
        <li key={i} data-layer={i} data-verdict={layer.verdict} className="rounded border px-2 py-1">
          <span className="font-semibold">
            Layer {i + 1}: {layer.kind === 'jwe' ? 'JWE (encryption)' : 'JWS (signature)'}
          </span>{' '}
          — {layer.verdict}
          {layer.header && typeof layer.header.alg === 'string' ? (
            <span className="font-mono text-xs"> · alg {layer.header.alg}</span>
          ) : null}
          {layer.header && typeof layer.header.enc === 'string' ? (
            <span className="font-mono text-xs"> · enc {layer.header.enc}</span>
          ) : null}
          {layer.entries.length > 1 ? (
            <ul className="mt-1 text-xs">
              {layer.entries.map((entry) => (
                <li key={entry.index} data-entry={entry.index} data-verdict={entry.verdict}>
                  {layer.kind === 'jwe' ? 'Recipient' : 'Signature'} {entry.index + 1}
                  {entry.kid ? ` (kid ${entry.kid})` : ''}: {entry.verdict}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
