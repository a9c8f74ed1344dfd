/**
 * The hub's record of schema publications: an append-only file of JSON lines in
 * SCHEMA_REGISTRY_DIR, each line fsynced before it counts, and the current
 * supergraph beside it (supergraph.graphql, replaced atomically), which every
 * gateway worker watches and serves. One writer at a time across workers and
 * processes: a lock file created exclusively (O_EXCL), taken over when stale.
 *
 * Only the gateway process writes here, and only after a publication's signature
 * held against the key the hub holds for its network; each accepted line keeps
 * that signature, so a line no network signed is told apart by anyone with the
 * network's public key.
 */
import { closeSync, constants, fsyncSync, openSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Refusal } from './ownership';

/** An accepted publication: the SDL as signed, and the supergraph it made. */
export interface PublishedRecord {
  kind: 'published';
  /** 1, 2, ... over every network: the supergraph's version. */
  version: number;
  network: string;
  at: string;
  sdlHash: string;
  compositionHash: string;
  nonce: string;
  /** The publication's signature (a JWT over the SDL's hash), as received. */
  signature: string;
  sdl: string;
  supergraph: string;
}

/** A refused publication whose signature held: who, when, and every reason. */
export interface RefusedRecord {
  kind: 'refused';
  network: string;
  at: string;
  sdlHash: string;
  nonce: string;
  errors: Refusal[];
}

export type PublicationRecord = PublishedRecord | RefusedRecord;

const LOG = 'publications.jsonl';
const SUPERGRAPH = 'supergraph.graphql';
const LOCK = 'lock';
/** A lock older than this is a crashed writer's: composing takes a few seconds at most. */
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 30_000;

/** Appends `text` to `path` and waits for it to reach the disk. */
function appendDurably(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class PublicationStore {
  readonly supergraphPath: string;
  private readonly logPath: string;
  private readonly lockPath: string;

  constructor(
    readonly dir: string,
    private readonly log: (m: string) => void = () => {},
  ) {
    this.supergraphPath = join(dir, SUPERGRAPH);
    this.logPath = join(dir, LOG);
    this.lockPath = join(dir, LOCK);
  }

  /**
   * Makes the folder ready and the supergraph file the last recorded one: the last accepted
   * publication's, or `initial` (the release's) when none was accepted yet.
   */
  async open(initial: () => Promise<string>): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.locked(async (records) => {
      const last = lastPublished(records);
      const wanted = last ? last.supergraph : await initial();
      const current = await readFile(this.supergraphPath, 'utf8').catch(() => undefined);
      if (current !== wanted) await this.writeSupergraph(wanted);
    });
  }

  /** Every record, oldest first. */
  async records(): Promise<PublicationRecord[]> {
    const text = await readFile(this.logPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '';
      throw err;
    });
    const out: PublicationRecord[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as PublicationRecord);
      } catch {
        // A line torn by a crash mid-append never counted: its writer had not been answered.
        this.log(`schema registry: skipped an unreadable line of ${LOG}`);
      }
    }
    return out;
  }

  /** Runs `fn` with the records as they are now, alone among every writer of the folder. */
  async locked<T>(fn: (records: PublicationRecord[]) => Promise<T>): Promise<T> {
    await this.lock();
    try {
      return await fn(await this.records());
    } finally {
      await unlink(this.lockPath).catch(() => {});
    }
  }

  /** Appends a record (inside `locked`); it counts once this returns. */
  async append(record: PublicationRecord): Promise<void> {
    // After a torn line, start on a line of its own.
    const size = await stat(this.logPath).then(
      (s) => s.size,
      () => 0,
    );
    let prefix = '';
    if (size > 0) {
      const handle = await open(this.logPath, 'r');
      try {
        const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
        if (buffer[0] !== 0x0a) prefix = '\n';
      } finally {
        await handle.close();
      }
    }
    appendDurably(this.logPath, `${prefix}${JSON.stringify(record)}\n`);
    if (size === 0) fsyncDir(this.dir);
  }

  /** Replaces the supergraph file at once (a temporary file renamed over it), so no reader sees half of it. */
  async writeSupergraph(sdl: string): Promise<void> {
    const tmp = join(this.dir, `.${SUPERGRAPH}.${process.pid}.tmp`);
    const handle = await open(tmp, 'w', 0o644);
    try {
      await handle.writeFile(sdl, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, this.supergraphPath);
    fsyncDir(this.dir);
  }

  private async lock(): Promise<void> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        const handle = await open(this.lockPath, 'wx', 0o600);
        await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
        await handle.close();
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const age = await stat(this.lockPath).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_LOCK_MS) {
        this.log(`schema registry: took over a lock left for ${Math.round(age / 1000)} s`);
        await unlink(this.lockPath).catch(() => {});
        continue;
      }
      if (Date.now() > deadline) throw new Error('schema registry: another publication holds the lock');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The last accepted publication, if any. */
export function lastPublished(records: readonly PublicationRecord[]): PublishedRecord | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (r.kind === 'published') return r;
  }
  return undefined;
}

/** Each network's latest accepted SDL, by network key. */
export function latestSdl(records: readonly PublicationRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) if (r.kind === 'published') out.set(r.network, r.sdl);
  return out;
}
