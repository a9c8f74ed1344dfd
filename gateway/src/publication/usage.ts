/**
 * The operations the gateway serves, as the schema registry's checks will judge changes
 * against them: each valid operation's normalised signature (Apollo's usage reporting
 * signature: no variables' values, string and number literals emptied, list and object
 * literals emptied, aliases removed, fields sorted), counted per client name
 * (`apollographql-client-name`) and per day. Nothing else: no variables, no caller, no answer.
 *
 * Each gateway worker counts in memory and appends its counts every USAGE_FLUSH_SECONDS (and
 * when it stops) to SCHEMA_REGISTRY_DIR/usage/<day>.jsonl; days older than USAGE_KEEP_DAYS go.
 */
import { appendFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { usageReportingSignature } from '@apollo/utils.usagereporting';

/** How many days of usage are kept (and read). */
export const USAGE_KEEP_DAYS = 30;
/** Header naming the client (Apollo's convention); any other value counts as `unknown`. */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';
/** Distinct (client, signature) pairs one worker keeps between flushes; more are counted as OVERFLOW. */
const MAX_PAIRS = 5000;
export const UNKNOWN_CLIENT = 'unknown';
export const OVERFLOW = '(more distinct operations than one flush keeps)';

export interface UsageRow {
  client: string;
  /** The operation's name, or '' for an anonymous one. */
  operationName: string;
  signature: string;
  count: number;
}

/** A client's name as it is counted: a short plain name, else `unknown` (it is the client's claim, not checked). */
export function clientName(header: string | undefined | null): string {
  return header && /^[A-Za-z0-9._@/-]{1,64}$/.test(header) ? header : UNKNOWN_CLIENT;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export class UsageRecorder {
  private counts = new Map<string, UsageRow>();
  private timer: NodeJS.Timeout | undefined;
  private readonly folder: string;

  constructor(
    registryDir: string,
    private readonly options: { flushSeconds: number; log: (m: string) => void; now?: () => Date },
  ) {
    this.folder = join(registryDir, 'usage');
  }

  /** Counts one operation of `client`. */
  record(client: string, operationName: string, signature: string): void {
    let key = `${client}\n${signature}`;
    let row = this.counts.get(key);
    if (!row && this.counts.size >= MAX_PAIRS) {
      key = OVERFLOW;
      row = this.counts.get(key);
      client = UNKNOWN_CLIENT;
      operationName = '';
      signature = OVERFLOW;
    }
    if (row) row.count += 1;
    else this.counts.set(key, { client, operationName, signature, count: 1 });
  }

  /** Appends the counts so far to today's file, and forgets them; drops days past USAGE_KEEP_DAYS. */
  async flush(): Promise<void> {
    const now = this.options.now?.() ?? new Date();
    const rows = [...this.counts.values()];
    this.counts = new Map();
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    if (rows.length) {
      await appendFile(join(this.folder, `${dayOf(now)}.jsonl`), rows.map((r) => `${JSON.stringify(r)}\n`).join(''), {
        mode: 0o600,
      });
    }
    const oldest = dayOf(new Date(now.getTime() - USAGE_KEEP_DAYS * 86_400_000));
    for (const name of await readdir(this.folder)) {
      if (/^\d{4}-\d{2}-\d{2}\.jsonl$/.test(name) && name.slice(0, 10) < oldest)
        await unlink(join(this.folder, name)).catch(() => {});
    }
  }

  /** The Apollo Server plugin: counts every operation that passed validation; flushes on a timer and on stop. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    const flush = () => this.flush().catch((err: Error) => this.options.log(`usage not recorded: ${err.message}`));
    return {
      serverWillStart: async () => {
        this.timer = setInterval(() => void flush(), this.options.flushSeconds * 1000);
        this.timer.unref();
        return {
          serverWillStop: async () => {
            clearInterval(this.timer);
            await flush();
          },
        };
      },
      requestDidStart: async ({ request }) => ({
        didResolveOperation: async ({ document, operationName }) => {
          this.record(
            clientName(request.http?.headers.get(CLIENT_NAME_HEADER)),
            operationName ?? '',
            usageReportingSignature(document, operationName ?? ''),
          );
        },
      }),
    };
  }
}

/** The usage of the last USAGE_KEEP_DAYS days in `registryDir`, summed per client and signature, most used first. */
export async function readUsage(registryDir: string, now = new Date()): Promise<UsageRow[]> {
  const folder = join(registryDir, 'usage');
  const oldest = dayOf(new Date(now.getTime() - USAGE_KEEP_DAYS * 86_400_000));
  const names = await readdir(folder).catch(() => [] as string[]);
  const sums = new Map<string, UsageRow>();
  for (const name of names.filter((n) => /^\d{4}-\d{2}-\d{2}\.jsonl$/.test(n) && n.slice(0, 10) >= oldest)) {
    for (const line of (await readFile(join(folder, name), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      let row: UsageRow;
      try {
        row = JSON.parse(line) as UsageRow;
      } catch {
        continue; // a line torn by a crash
      }
      const key = `${row.client}\n${row.signature}`;
      const sum = sums.get(key);
      if (sum) sum.count += row.count;
      else sums.set(key, { ...row });
    }
  }
  return [...sums.values()].sort((a, b) => b.count - a.count);
}
