/**
 * The supergraph from its file (written by `npm run compose`): Apollo Gateway's
 * `supergraphSdl` callback, which serves the file's text and hands Apollo
 * Gateway every new version written while the gateway runs.
 */
import { readFile } from 'node:fs/promises';
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Reads the supergraph file and reloads the gateway whenever it changes. */
export function supergraphFromFile(path: string, log: (m: string) => void) {
  return async ({ update }: { update: (sdl: string) => void }) => {
    let current = await readFile(path, 'utf8');
    let timer: NodeJS.Timeout | undefined;
    // The folder is watched, not the file: a file replaced by a rename (the schema registry's
    // atomic write, a git checkout) is a new file, which a watcher of the old one never sees.
    const watcher: FSWatcher = watch(dirname(path), (_event, name) => {
      if (name !== null && name !== basename(path)) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        try {
          const next = await readFile(path, 'utf8');
          if (next === current || !next.trim()) return;
          update(next);
          current = next;
          log(`supergraph reloaded from ${path}`);
        } catch (err) {
          log(`supergraph reload failed, keeping the previous one: ${(err as Error).message}`);
        }
      }, 100);
    });
    return {
      supergraphSdl: current,
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}
