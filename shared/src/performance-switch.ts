/**
 * PERFORMANCE_ROUND_2=off: the code paths before performance round 2 (issue 14), for the
 * benchmark to measure against in the same run: every read selects every column and every
 * page is counted in a statement of its own, pg's own text[] parser reads arrays, TypeORM's
 * transformer builds entities, graphql-js executes every operation, the gateway runs every query
 * plan with Apollo Gateway's executor (gateway/src/execution), and the HTTP front hands
 * Node the answer as text (measured for its content-length, then encoded again to be written).
 * The heap settings of scripts/lib/heap.ts are switched by NODE_OPTIONS, not here.
 */
export const PERFORMANCE_ROUND_2 = process.env.PERFORMANCE_ROUND_2 !== 'off';
