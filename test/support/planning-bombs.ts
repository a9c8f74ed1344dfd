/** Queries that are cheap to send and expensive to plan: entity jumps nested inside each other. */

/** A referral's facts and its contact points, and `counterpart` with the same inside it, `depth` times. */
export function counterpartChain(depth: number): string {
  let inner = 'id';
  for (let level = 0; level < depth; level++) {
    inner = `id from { id network { code } } to { id } assignedTo { id } originNetwork { code } counterpart { ${inner} }`;
  }
  return `query Chain($id: ID!) { node(id: $id) { ... on Referral { ${inner} } } }`;
}
