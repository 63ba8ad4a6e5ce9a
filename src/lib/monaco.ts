/**
 * The one door to Monaco. Bundled locally (never a CDN), JSON as its only language, workers built
 * by Vite from `?worker` imports. Callers import this module lazily, so Monaco stays out of the
 * entry chunk.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
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

/** A JSON schema for one editor model, so registered names complete and explain themselves. */
export interface JsonSchemaForModel {
  uri: string;
  modelUri: string;
  schema: unknown;
}

const schemas = new Map<string, JsonSchemaForModel>();

/** Registers (or replaces) the schema for a model; validation stays on, and nothing is ever fetched. */
export function setJsonSchema(entry: JsonSchemaForModel): void {
  schemas.set(entry.modelUri, entry);
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemas: [...schemas.values()].map((s) => ({ uri: s.uri, fileMatch: [s.modelUri], schema: s.schema })),
  });
}
