/** Page sizes of every paginated list: the subgraphs enforce them, the gateway's cost model counts with them. */

/** Page size of a list asked without `first`. */
export const DEFAULT_PAGE = 20;
/** The largest `first` a list accepts. */
export const MAX_PAGE = 500;
