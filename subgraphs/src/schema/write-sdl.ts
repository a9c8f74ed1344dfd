/**
 * Writes the SDL that GraphQL Code Generator types the resolvers from: the
 * network template rendered for a neutral "Template" network. Resolvers are
 * written once against these names and renamed per network at start.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateSdl } from './template';

export const TEMPLATE_SDL_PATH = join(__dirname, '..', '__generated__', 'template.graphql');

if (require.main === module) {
  writeFileSync(TEMPLATE_SDL_PATH, templateSdl());
  console.log(`wrote ${TEMPLATE_SDL_PATH}`);
}
