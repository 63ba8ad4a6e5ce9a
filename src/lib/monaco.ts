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
    typeLongTextAsOneEdit();
    configured = true;
  }
  return monaco;
}

/**
 * Monaco types text that arrives in one input event (an IME commit, dictation, a paste by insertText)
 * one character at a time, so each can auto-close a bracket; every step re-wraps the line and tells
 * listeners, so 16,000 characters took 16 s. "type" is the command Monaco lets embedders override: a
 * single character keeps the keyboard path, longer text becomes one edit.
 */
function typeLongTextAsOneEdit(): void {
  monaco.editor.registerCommand('type', (_accessor: unknown, args: unknown) => {
    const editor = monaco.editor.getEditors().find((e) => e.hasTextFocus());
    if (!editor || !hasText(args)) return;
    const isOneCharacter = args.text.length === 1 || (args.text.length === 2 && (args.text.codePointAt(0) ?? 0) > 0xffff);
    // Any source but 'keyboard' takes Monaco's single-edit path (typeWithoutInterceptors).
    editor.trigger(isOneCharacter ? 'keyboard' : 'input-event', 'type', args);
  });
}

function hasText(args: unknown): args is { text: string } {
  return typeof args === 'object' && args !== null && 'text' in args && typeof args.text === 'string';
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
