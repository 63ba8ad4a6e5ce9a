import { useId, useState } from 'react';
import { TokenPanel } from '../panels/token/token-panel';
import { useAppStore } from '../store';
import { Button } from '../ui/button';
import { decodeInWorker } from './decode-in-worker';

/**
 * The token editor. In one column (below the lg breakpoint) it shrinks to a few lines once a token is
 * decoded, so the verdict right below it is on the first screen; "Expand the token" gives the room back.
 */
export function TokenBox() {
  const hasToken = useAppStore((s) => s.decoded.format !== 'unknown');
  const [isExpanded, setExpanded] = useState(false);
  const isCollapsed = hasToken && !isExpanded;
  const boxId = useId();
  return (
    <>
      <div id={boxId} className={`flex h-[22rem] flex-col ${isCollapsed ? 'max-lg:h-40' : ''}`}>
        <TokenPanel decodeElsewhere={decodeInWorker} />
      </div>
      {hasToken ? (
        <Button
          className="self-start lg:hidden"
          aria-expanded={!isCollapsed}
          aria-controls={boxId}
          onClick={() => setExpanded(!isExpanded)}
        >
          {isCollapsed ? 'Expand the token' : 'Collapse the token'}
        </Button>
      ) : null}
    </>
  );
}
