import type { DecodeElsewhere } from '../store';

/**
 * A large token text is decoded in the inspection worker (run-decode.ts), whose small loader arrives with
 * the first large text: the editor's paste, a file that is one token, a long `#token=` link.
 */
export const decodeInWorker: DecodeElsewhere = (text) => import('./run-decode').then((m) => m.decodeInWorker(text));
