/**
 * The test process's environment, as an entry file sets its own: gateways the tests build in-process
 * must not probe cloud metadata or report usage to Apollo (gateway/src/main.ts does the same).
 */
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
