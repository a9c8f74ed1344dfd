/**
 * The planning thread (started by planner.ts): Apollo's query planner over one
 * supergraph, planning one operation at a time. The gateway's thread stops it
 * when a plan takes too long, so nothing here has to be interruptible.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';
import { isPlannerLimit, type PlannerReply, type PlannerWorkerData, type PlanRequest } from './planner-protocol';

const { supergraphSdl, config } = workerData as PlannerWorkerData;
// Apollo Gateway validated this supergraph before the gateway's thread passed it on.
const supergraph = Supergraph.build(supergraphSdl, { validateSupergraph: false });
const apiSchema = supergraph.apiSchema();
const planner = new QueryPlanner(supergraph, config);
const port = parentPort!;

port.on('message', ({ id, query, operationName }: PlanRequest) => {
  let reply: PlannerReply;
  try {
    const plan = planner.buildQueryPlan(operationFromDocument(apiSchema, parse(query), { operationName }));
    reply = { id, plan };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply = { id, error: message, limit: isPlannerLimit(message) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies PlannerReply);
