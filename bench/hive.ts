/**
 * Runs Hive Gateway (from its CLI) on the same supergraph and subgraphs as our
 * gateway, for a side-by-side measurement. The hub, in-process in our gateway,
 * is served over HTTP for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenHub } from '../gateway/src/hub/server';
import { SUPERGRAPH_PATH } from '../gateway/src/supergraph/names';
import type { Listening } from '#shared/http';
import type { Registry } from '#shared/registry';
import { nodeOptionsFor } from '../scripts/lib/heap';
import { childrenOf } from './compare';
import { freePort } from '../scripts/lib/processes';

export interface HiveGateway {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Hive Gateway's CLI on our supergraph, with `workers` processes (its --fork) and the same V8 heap settings
 * as our gateway (scripts/lib/heap.ts), so that the two differ only in the gateway itself.
 */
export async function startHiveGateway(
  registry: Registry,
  subgraphUrls: Record<string, string>,
  secrets: Record<string, string>,
  gatewaySigningKey: string,
  workers = 1,
): Promise<HiveGateway> {
  const hub: Listening = await listenHub(registry, await freePort());
  let sdl = readFileSync(SUPERGRAPH_PATH, 'utf8').replace('url: "local://hub"', `url: "${hub.url}"`);
  for (const n of registry)
    sdl = sdl.replace(new RegExp(`(name: "${n.key}", url: ")[^"]+(")`), `$1${subgraphUrls[n.key]}$2`);
  const path = join(mkdtempSync(join(tmpdir(), 'jcn-hive-')), 'supergraph.graphql');
  writeFileSync(path, sdl);
  const port = await freePort();
  const bin = join(__dirname, '..', 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      bin,
      'supergraph',
      path,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--fork',
      String(workers),
      '-c',
      join(__dirname, 'hive-gateway.config.mjs'),
    ],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: nodeOptionsFor('gateway'),
        JCN_SUBGRAPH_SECRETS: JSON.stringify(secrets),
        JCN_GATEWAY_SIGNING_KEY: gatewaySigningKey,
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Hive Gateway exited: ${output.slice(-2000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthcheck`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`Hive Gateway did not start: ${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      // With --fork its primary can wait on its workers after SIGTERM; after 5 s they and it are killed.
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        for (const pid of childrenOf(child.pid!)) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // gone already
          }
        }
        child.kill('SIGKILL');
      }, 5000);
      await exited;
      clearTimeout(timer);
      await hub.close();
    },
  };
}
