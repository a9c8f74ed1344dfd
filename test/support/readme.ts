/** The documented example queries, read from the README and docs/ themselves so that tests keep them honest. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExampleQuery {
  query: string;
  /** From the `# variables: {...}` comment under the query, when there is one. */
  variables: Record<string, unknown>;
}

/** Every named `query` in a graphql block of README.md or docs/*.md, by operation name. */
export function readmeQueries(): Map<string, ExampleQuery> {
  const root = join(__dirname, '..', '..');
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name));
  const readme = [join(root, 'README.md'), ...docs].map((file) => readFileSync(file, 'utf8')).join('\n');
  const examples = new Map<string, ExampleQuery>();
  for (const [, block] of readme.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const name = /^query (\w+)/m.exec(block!)?.[1];
    if (!name) continue;
    const lines = block!.split('\n');
    const comment = lines.findIndex((l) => l.startsWith('# variables:'));
    const query = lines.filter((l) => !l.startsWith('#')).join('\n');
    const variables =
      comment < 0
        ? '{}'
        : lines
            .slice(comment)
            .map((l) => l.replace(/^#\s*(variables:)?/, ''))
            .join(' ');
    examples.set(name, { query, variables: JSON.parse(variables) as Record<string, unknown> });
  }
  return examples;
}
