/** `npm run build:console`: builds console/dist and prints the initial JavaScript it costs a browser. */
import { buildConsole, initialJavaScript } from '../build';

/** The console's budget for a slow ministry network (issue 10). */
const INITIAL_JS_BUDGET = 250 * 1024;

async function main() {
  await buildConsole();
  const { files, gzipBytes } = initialJavaScript();
  const kb = (gzipBytes / 1024).toFixed(1);
  console.log(`console built into console/dist; initial JavaScript ${kb} KB gzip in ${files.length} file(s)`);
  if (gzipBytes > INITIAL_JS_BUDGET) {
    console.error(`over the budget of ${INITIAL_JS_BUDGET / 1024} KB gzip`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
