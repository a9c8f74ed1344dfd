/** Replaces one `## ` section of an existing BENCHMARKS.md (or appends it), for `npm run bench -- --only <item>`; the section's first line is its heading. */
export function withSection(markdown: string, section: string[]): string {
  const heading = section[0]!;
  const start = markdown.indexOf(heading);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section.join('\n')}`;
  const next = markdown.indexOf('\n## ', start + heading.length);
  return `${markdown.slice(0, start)}${section.join('\n')}${next < 0 ? '' : markdown.slice(next + 1)}`;
}
