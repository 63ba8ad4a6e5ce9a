import { useEffect, useState } from 'react';
import { prepareResign, type ResignDraft } from '../../core';
import { useAppStore } from '../../store';

/** A prepared "Edit and re-sign": the request it answers, and its draft (null: nothing signed to edit). */
export interface ResignState {
  id: number;
  draft: ResignDraft | null;
}

/**
 * The draft for the latest "Edit and re-sign" click, prepared here so that reading keys and verifying
 * (jose) stay in the issuer's chunk. Only the answer to the newest click lands.
 */
export function useResignDraft(): { ready: ResignState | null; isPending: boolean } {
  const request = useAppStore((s) => s.resignRequest);
  const [ready, setReady] = useState<ResignState | null>(null);
  useEffect(() => {
    if (request === null) return;
    let isLatest = true;
    const land = (draft: ResignDraft | null) => {
      if (isLatest) setReady({ id: request.id, draft });
    };
    prepareResign(request).then(land, () => land(null));
    return () => {
      isLatest = false;
    };
  }, [request]);
  return { ready, isPending: request !== null && ready?.id !== request.id };
}
