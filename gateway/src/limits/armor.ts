/** Depth, aliases and directives of an operation, bounded before it is planned (graphql-armor). */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayConfig } from '../config';

/** The validation rules and plugins that enforce the operation limits of depth, aliases and directives. */
export function operationArmor(config: Pick<GatewayConfig, 'limits' | 'production'>) {
  return new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    // Armor's cost does not count list sizes; limits/cost.ts does, once the variables are known.
    costLimit: { enabled: false },
    // Token counting happens in the parser instead (parseOptions below): it fails with a 400, not a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: config.limits.maxDirectives },
    // Suggestions ("did you mean ...") reveal the schema; off in production like introspection.
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
}
