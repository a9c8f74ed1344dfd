/** The part of sessionStorage a kept draft uses (its own type: unit tests run without the DOM's). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The JSON object kept under `key`, or null when there is none or `accept` refuses it (an older
 * shape, or one edited by hand): a page then starts afresh rather than fail on what it finds.
 */
export function readStored<T extends object>(storage: Pick<DraftStorage, 'getItem'>, key: string, accept: (value: Partial<T>) => boolean): T | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    return value !== null && typeof value === 'object' && accept(value as Partial<T>) ? (value as T) : null;
  } catch {
    return null;
  }
}
