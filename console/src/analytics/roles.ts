/** Who may read statistics (the subgraphs' `aggregates` rule); the navigation offers the dashboard to them only. */
export const STATISTICS_ROLES = ['ANALYST', 'SECRETARIAT', 'HUB_ADMIN'] as const;

export const canReadStatistics = (roles: readonly string[]): boolean =>
  roles.some((r) => (STATISTICS_ROLES as readonly string[]).includes(r));
