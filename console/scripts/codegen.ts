/** `npm run codegen:console`: the API schema, the cache's possible types, each network's documents, the typed documents and their operation names. */
import { writeFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import {
  API_SCHEMA_PATH,
  apiSchemaSdl,
  CONSOLE_OPERATIONS_PATH,
  consoleCodegenConfig,
  consoleOperationsSource,
  NETWORK_DOCUMENTS_PATH,
  networkDocumentsSource,
  POSSIBLE_TYPES_PATH,
  possibleTypesSource,
} from '../codegen';

async function main() {
  writeFileSync(API_SCHEMA_PATH, apiSchemaSdl());
  writeFileSync(POSSIBLE_TYPES_PATH, possibleTypesSource());
  writeFileSync(NETWORK_DOCUMENTS_PATH, networkDocumentsSource());
  await generate({ ...consoleCodegenConfig, cwd: `${__dirname}/../..` }, true);
  writeFileSync(CONSOLE_OPERATIONS_PATH, consoleOperationsSource());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
