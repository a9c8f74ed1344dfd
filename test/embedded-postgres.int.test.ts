/** The development PostgreSQL says why it cannot start, instead of failing with no reason. */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../shared/src/embedded-postgres';

it('refuses a port another server holds with a sentence naming the port and PG_PORT', async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
  const port = (holder.address() as { port: number }).port;
  try {
    await expect(startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'jcn-pg-busy-')), port, persistent: false })).rejects.toThrow(
      new RegExp(`Port ${port} is in use: .*PG_PORT`),
    );
  } finally {
    holder.close();
  }
});
