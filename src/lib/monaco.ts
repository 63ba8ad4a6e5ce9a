/**
 * The one door to Monaco. Bundled locally (never a CDN), JSON as its only language, workers built
 * by Vite from `?worker` imports. Callers import this module lazily, so Monaco stays out of the
 * entry chunk.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { loader } from '@monaco-editor/react';

export type MonacoApi = typeof monaco;

let configured = false;

/** Points @monaco-editor/react at the bundled Monaco and its workers; safe to call repeatedly. */
export function setUpMonaco(): MonacoApi {
  if (!configured) {
    self.MonacoEnvironment = {
      getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
    };
    loader.config({ monaco });
    configured = true;
  }
  return monaco;
}
