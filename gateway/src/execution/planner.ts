/**
 * Query planning off the gateway's thread. Apollo's query planner is
 * synchronous, and the limits of limits/cost.ts aside, nothing bounds how long
 * it takes: a chain of `counterpart` fields seven deep took it a minute of CPU
 * and over a gigabyte, during which the gateway answered no one, /live
 * included. Here a worker thread holds the planner for the current supergraph
 * and plans one new operation at a time; the gateway's thread keeps serving.
 *
 * A plan that takes longer than the deadline (PLANNING_TIMEOUT_MS) is stopped:
 * the thread is terminated and replaced, and the operation is refused with
 * QUERY_PLANNING_LIMIT (HTTP 400), as it is when the planner gives up on its own
 * limits (QUERY_PLANNER_CONFIG) or needs more heap than the thread has. Refusals
 * are remembered by the operation's signature (no operation name, aliases or
 * literals; fields sorted), so a new name or new aliases do not buy a known
 * bomb another run of the planner.
 *
 * Both executors use these plans: the gateway's own, and Apollo Gateway's,
 * which finds each plan in its plan store (PlanHandOver) instead of planning.
 */
import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { QueryPlan, QueryPlannerConfig } from '@apollo/query-planner';
import { usageReportingSignature } from '@apollo/utils.usagereporting';
import { LRUCache } from 'lru-cache';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { PlannerReply, PlannerWorkerData, PlanRequest } from './planner-protocol';

/**
 * The query planner's own limits, one configuration for Apollo Gateway's planner and this module's: at most
 * 10 options per selection (`debug.pathsLimit`, past which the planner gives up) and 1,000 candidate plans
 * compared (`debug.maxEvaluatedPlans`, past which it compares fewer). Every query of the console and of the
 * docs plans with 1 option per selection and compares at most 4 plans.
 */
export const QUERY_PLANNER_CONFIG: QueryPlannerConfig = { debug: { pathsLimit: 10, maxEvaluatedPlans: 1000 } };

export const QUERY_PLANNING_LIMIT = 'QUERY_PLANNING_LIMIT';
export const QUERY_PLANNING_BUSY = 'QUERY_PLANNING_BUSY';

/** Most operations waiting for the planning thread; more are refused with QUERY_PLANNING_BUSY (HTTP 503). */
export const MAX_WAITING = 100;
/** Most refusals remembered; the least recently used is forgotten first. */
export const MAX_REFUSALS = 10_000;
/** How long a refusal is remembered: a deadline may have been missed for the machine's load, not the operation's. */
export const REFUSAL_TTL_MS = 10 * 60_000;
/** Old-generation heap of the planning thread, in MB: a plan that needs more is refused; the gateway keeps its memory. */
export const PLANNER_HEAP_MB = 256;

export interface PlanningOptions {
  /** Longest one plan may take. */
  timeoutMs: number;
  log: (message: string) => void;
}

interface Job {
  readonly request: PlanRequest;
  readonly signature: string;
  resolve(plan: QueryPlan): void;
  reject(error: Error): void;
}

const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: QUERY_PLANNING_LIMIT, http: { status: 400 } } });

/** The operation's signature, hashed: Apollo's usage-reporting signature (no aliases or literals, sorted) of the operation without its name. */
export function operationSignature(
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
): string {
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [{ ...operation, name: undefined }, ...fragments],
  };
  return createHash('sha256').update(usageReportingSignature(document, '')).digest('hex');
}

/** Starts the planning thread: planner-worker.js in the build; from the TypeScript sources (tsx, jest), through tsx. */
function spawn(workerData: PlannerWorkerData): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: PLANNER_HEAP_MB } };
  const entry = join(__dirname, `planner-worker${extname(__filename)}`);
  if (entry.endsWith('.js')) return new Worker(entry, options);
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { ...options, eval: true });
}

/** The planning thread of one gateway process, its queue, its deadline, and the refusals it remembers. */
export class QueryPlanning {
  private supergraphSdl?: string;
  private worker?: Worker;
  private ready = false;
  private running?: { job: Job; timer: NodeJS.Timeout };
  private readonly waiting: Job[] = [];
  private readonly refusals = new LRUCache<string, string>({ max: MAX_REFUSALS, ttl: REFUSAL_TTL_MS });
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PlanningOptions) {}

  /** Plans are made over this supergraph from now on; refusals made over the previous one are forgotten. */
  update(supergraphSdl: string): void {
    this.supergraphSdl = supergraphSdl;
    this.refusals.clear();
    // A plan under way over the old supergraph is made again over the new one.
    if (this.running) {
      clearTimeout(this.running.timer);
      this.waiting.unshift(this.running.job);
      this.running = undefined;
    }
    this.start();
  }

  /**
   * The plan of `query`'s operation. Refused with QUERY_PLANNING_LIMIT past the deadline or the planner's limits,
   * or at once when a refusal of the same `signature` (operationSignature) is remembered.
   */
  plan(query: string, operationName: string | undefined, signature: string): Promise<QueryPlan> {
    const remembered = this.refusals.get(signature);
    if (remembered !== undefined) return Promise.reject(refused(remembered));
    if (this.closed || this.supergraphSdl === undefined)
      return Promise.reject(new Error('the gateway has no supergraph to plan over'));
    if (this.waiting.length >= MAX_WAITING) {
      return Promise.reject(
        new GraphQLError('The gateway is planning too many new operations at once. Try again in a few seconds.', {
          extensions: { code: QUERY_PLANNING_BUSY, http: { status: 503 } },
        }),
      );
    }
    return new Promise<QueryPlan>((resolve, reject) => {
      this.waiting.push({ request: { id: this.nextId++, query, operationName }, signature, resolve, reject });
      this.next();
    });
  }

  /** Stops the planning thread; operations still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = new Error('the gateway is stopping');
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.job.reject(stopping);
      this.running = undefined;
    }
    for (const job of this.waiting.splice(0)) job.reject(stopping);
    await this.stop();
  }

  /** Replaces the planning thread with a new one over the current supergraph. */
  private start(): void {
    void this.stop();
    const worker = spawn({ supergraphSdl: this.supergraphSdl!, config: QUERY_PLANNER_CONFIG });
    this.worker = worker;
    this.ready = false;
    worker.on('message', (reply: PlannerReply) => this.receive(worker, reply));
    worker.on('error', (err) => this.failed(worker, err));
    worker.on('exit', (code) => this.failed(worker, new Error(`the planning thread exited with code ${code}`)));
    this.holdOpen();
  }

  /** Operations waiting for a plan hold the process open; an idle planning thread does not. */
  private holdOpen(): void {
    if (this.running || this.waiting.length) this.worker?.ref();
    else this.worker?.unref();
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    if (worker) await worker.terminate();
  }

  private next(): void {
    this.holdOpen();
    if (this.running || this.closed || this.waiting.length === 0) return;
    if (!this.worker) return this.start();
    if (!this.ready) return;
    const job = this.waiting.shift()!;
    const timer = setTimeout(() => this.timedOut(job), this.options.timeoutMs);
    this.running = { job, timer };
    this.worker.postMessage(job.request);
  }

  private receive(worker: Worker, reply: PlannerReply): void {
    if (worker !== this.worker) return;
    if ('ready' in reply) {
      this.ready = true;
      return this.next();
    }
    const running = this.running;
    if (!running || running.job.request.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if ('plan' in reply) running.job.resolve(reply.plan);
    else if (reply.limit)
      this.refuse(
        running.job,
        `The query planner gave up on this query (${reply.error}). Ask for fewer objects of other networks in one query.`,
      );
    else running.job.reject(new Error(`query planning failed: ${reply.error}`));
    this.next();
  }

  private timedOut(job: Job): void {
    if (this.running?.job !== job) return;
    this.running = undefined;
    this.options.log(`query planning stopped after ${this.options.timeoutMs} ms; the planning thread is replaced`);
    this.refuse(
      job,
      `Planning this query took longer than ${this.options.timeoutMs} ms. Ask for fewer objects of other networks in one query.`,
    );
    // The thread is still inside the planner, which cannot be interrupted: it goes, a new one comes.
    this.start();
  }

  private failed(worker: Worker, err: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.ready = false;
    const running = this.running;
    this.running = undefined;
    if (!running) {
      // It failed before or between plans: whoever waits fails too, rather than the thread being restarted in a loop.
      this.options.log(`the planning thread failed: ${err.message}`);
      for (const job of this.waiting.splice(0)) job.reject(err);
      return;
    }
    clearTimeout(running.timer);
    if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.refuse(
        running.job,
        `Planning this query needs more than ${PLANNER_HEAP_MB} MB. Ask for fewer objects of other networks in one query.`,
      );
    } else {
      running.job.reject(err);
    }
    if (!this.closed) this.start();
  }

  private refuse(job: Job, message: string): void {
    this.refusals.set(job.signature, message);
    job.reject(refused(message));
  }
}

type PlanStore = NonNullable<QueryPlannerConfig['cache']>;

/** Logged when Apollo Gateway's executor plans an operation in the gateway's thread. */
export const PLANNED_IN_GATEWAY_THREAD = 'planned in the gateway thread';

/**
 * Apollo Gateway's plan store (its `queryPlannerConfig.cache`): the gateway's executor puts the plan QueryPlanning
 * made here right before it calls Apollo Gateway's executor, which looks it up at once under the same key, and so
 * never plans in the gateway's thread itself. Should it find none, it would: that is logged.
 */
/** Most plans kept for Apollo Gateway's executor: it reads each right after it is put, a few run side by side. */
export const HANDED_OVER_PLANS = 64;

export class PlanHandOver implements PlanStore {
  private readonly plans = new LRUCache<string, QueryPlan>({ max: HANDED_OVER_PLANS });

  constructor(private readonly log: (message: string) => void) {}

  /** Apollo Gateway's key for an operation's plan (its executor computes the same). */
  static key(queryHash: string, operationName: string | undefined): string {
    return operationName ? createHash('sha256').update(queryHash).update(operationName).digest('hex') : queryHash;
  }

  async get(key: string): Promise<QueryPlan | undefined> {
    const plan = this.plans.get(key);
    if (!plan)
      this.log(
        `${PLANNED_IN_GATEWAY_THREAD}: Apollo Gateway's executor found no plan handed over, and plans the operation itself`,
      );
    return plan;
  }

  /** Puts the plan Apollo Gateway's executor is about to look up; past HANDED_OVER_PLANS the least recently used goes. */
  put(key: string, plan: QueryPlan): void {
    this.plans.set(key, plan);
  }

  async set(key: string, plan: QueryPlan): Promise<void> {
    this.put(key, plan);
  }

  async delete(key: string): Promise<boolean> {
    return this.plans.delete(key);
  }

  clear(): void {
    this.plans.clear();
  }
}
