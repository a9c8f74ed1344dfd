import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__JCN_TEST_PG__;
  if (!running) return;
  await running.pg.stop();
  rmSync(running.dataDir, { recursive: true, force: true });
}
