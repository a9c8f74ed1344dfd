/**
 * What the caches kept in a process's memory weigh, estimated, so that each cache is
 * bounded by bytes: a bound by entries lets a caller who chooses large entries (long
 * texts, large answers) fill the heap with a few thousand of them.
 */
import { visit, type DocumentNode } from 'graphql';

/**
 * Heap bytes per AST node of a parsed document, with its location and lexer tokens:
 * about 290 on Node 20 (a 1.9 kB query of 513 nodes took 149 kB parsed; 115 without locations).
 */
const BYTES_PER_NODE = 300;

/** Bytes a string takes at most (V8 keeps a string of non-Latin-1 characters in two bytes each). */
export const textBytes = (text: string): number => 2 * text.length;

/** Heap a parsed document holds, estimated: its source text (the names are slices of it) and its nodes. */
export function documentBytes(document: DocumentNode): number {
  let nodes = 0;
  visit(document, {
    enter() {
      nodes++;
    },
  });
  return textBytes(document.loc?.source.body ?? '') + nodes * BYTES_PER_NODE;
}
