/** `npm run codegen:console`: the API schema, the cache's possible types and the typed documents. */
import { writeFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { API_SCHEMA_PATH, apiSchemaSdl, consoleCodegenConfig, POSSIBLE_TYPES_PATH, possibleTypesSource } from '../codegen';

async function main() {
  writeFileSync(API_SCHEMA_PATH, apiSchemaSdl());
  writeFileSync(POSSIBLE_TYPES_PATH, possibleTypesSource());
  await generate({ ...consoleCodegenConfig, cwd: `${__dirname}/../..` }, true);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
