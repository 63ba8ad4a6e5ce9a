import { addToHistory, readHistoryEntries, type HistoryEntry } from '../../core/history';

/** The one database the history lives in; nothing else of the app uses IndexedDB. */
export const HISTORY_DATABASE = 'jwt-lens-history';
const STORE = 'tokens';
/** The switch's own state; absent (not "off") while the history is off, so nothing is stored by default. */
const SWITCH_KEY = 'jwt-lens:remember-tokens';

let connection: Promise<IDBDatabase> | null = null;

/** Whether "Remember tokens on this device" is on. A browser that refuses storage reads as off. */
export function isHistoryOn(): boolean {
  try {
    return localStorage.getItem(SWITCH_KEY) === 'on';
  } catch {
    return false;
  }
}

/** The switch's key, for a `storage` event from another tab. */
export function isHistorySwitchKey(key: string | null): boolean {
  return key === null || key === SWITCH_KEY;
}

/** Turns the history on, or off: off removes the switch and deletes the database with every entry. */
export async function setHistoryOn(isOn: boolean): Promise<void> {
  try {
    if (isOn) localStorage.setItem(SWITCH_KEY, 'on');
    else localStorage.removeItem(SWITCH_KEY);
  } catch {
    // Storage refused (private mode, policy): the history stays off for the next visit.
  }
  if (!isOn) await deleteHistory();
}

export function readHistory(): Promise<HistoryEntry[]> {
  return withStore('readonly', (store, finish) => {
    const all = store.getAll();
    all.onsuccess = () => finish(readHistoryEntries(all.result));
  });
}

/** Adds a sighting (newest first, one per token, capped) in one transaction; nothing while the switch is off. */
export async function recordInHistory(entry: HistoryEntry): Promise<HistoryEntry[]> {
  if (!isHistoryOn()) return [];
  return withStore('readwrite', (store, finish) => {
    const all = store.getAll();
    all.onsuccess = () => {
      const next = addToHistory(readHistoryEntries(all.result), entry);
      // Rewritten whole: the entries that fell off the end and any record of another shape go with clear().
      store.clear();
      for (const kept of next) store.put(kept);
      finish(next);
    };
  });
}

export function forgetInHistory(token: string): Promise<HistoryEntry[]> {
  return withStore('readwrite', (store, finish) => {
    store.delete(token);
    const all = store.getAll();
    all.onsuccess = () => finish(readHistoryEntries(all.result));
  });
}

export function forgetAllHistory(): Promise<HistoryEntry[]> {
  return withStore('readwrite', (store, finish) => {
    store.clear();
    finish([]);
  });
}

/** Deletes the whole database; other tabs close their connection when asked (see `open`). */
async function deleteHistory(): Promise<void> {
  const open = connection;
  connection = null;
  if (open)
    await open.then(
      (db) => db.close(),
      () => undefined,
    );
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(HISTORY_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The history could not be deleted.'));
  });
}

function open(): Promise<IDBDatabase> {
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(HISTORY_DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'token' });
    request.onsuccess = () => {
      const db = request.result;
      // Another tab turned the history off and deletes the database: let it.
      db.onversionchange = () => {
        db.close();
        connection = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      connection = null;
      reject(request.error ?? new Error('The history could not be opened.'));
    };
  });
  return connection;
}

/** Runs `work` in one transaction; the answer is given once the transaction has committed. */
async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, finish: (value: T) => void) => void,
): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    let result: { value: T } | null = null;
    transaction.oncomplete = () =>
      result ? resolve(result.value) : reject(new Error('The history transaction gave no answer.'));
    transaction.onerror = () => reject(transaction.error ?? new Error('The history could not be read.'));
    transaction.onabort = () => reject(transaction.error ?? new Error('The history transaction was aborted.'));
    work(transaction.objectStore(STORE), (value) => {
      result = { value };
    });
  });
}
