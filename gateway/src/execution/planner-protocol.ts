/** What the gateway's thread (planner.ts) and the planning thread (planner-worker.ts) say to each other. */
import type { QueryPlan, QueryPlannerConfig } from '@apollo/query-planner';

export interface PlannerWorkerData {
  supergraphSdl: string;
  config: QueryPlannerConfig;
}

export interface PlanRequest {
  id: number;
  /** The operation's document, as text. */
  query: string;
  operationName?: string;
}

/** `ready` once the planner is built; then one answer per request: its plan, or why there is none. */
export type PlannerReply =
  { ready: true } | { id: number; plan: QueryPlan } | { id: number; error: string; limit: boolean };

const LIMIT_MESSAGES = [
  /^Too many options generated for /,
  /^Number of non-local selections exceeds limit/,
  /^Exceeded maximum recursive selections/,
];

/** Whether the planner gave up because of one of its own limits (debug.pathsLimit, its bounds on selections). */
export function isPlannerLimit(message: string): boolean {
  return LIMIT_MESSAGES.some((m) => m.test(message));
}
