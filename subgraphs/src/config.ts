/** A network subgraph's configuration: the only place that reads its environment. */
import { z } from 'zod';
import { privateKeyPem, publicKeyPem, sharedSecret } from '#shared/auth/config';
import { nodeEnv, parseEnv, port, postgresRoleUrl, productionSecrets, urlRole } from '#shared/config';
import { observabilityConfig, observabilityEnvShape } from '#shared/observability/config';
import type { NetworkDefinition } from '#shared/registry';
import { headersWithinRequest, serverLimitsEnvShape } from '#shared/server-limits';
import { DEFAULT_ESCALATION_DELAY_HOURS } from './notifications/deadlines';
import { DEFAULT_NOTIFICATION_RETENTION_DAYS } from './notifications/centre';
import { LANGUAGES } from './notifications/facts';
import {
  DEFAULT_MAIL_LEASE_MS,
  DEFAULT_MAIL_MAX_ATTEMPTS,
  DEFAULT_MAIL_MAX_BACKOFF_MS,
  DEFAULT_MAIL_PER_HOUR,
} from './notifications/worker';
import { DEFAULT_LEASE_MS, DEFAULT_MAX_ATTEMPTS } from './outbox/worker';
import {
  DEFAULT_DUE_POLICY,
  MAX_ACKNOWLEDGE_DAYS,
  MAX_ANSWER_DAYS,
  parseSpan,
  type DuePolicy,
  type Span,
} from './referrals/due';
import { DEFAULT_DELIVERY_MAX_AGE_DAYS } from './referrals/inbox';

const spanText = (s: Span) => `${s.amount}${s.unit}`;

/** A default due time of one urgency: "4h" (hours), "30d" (days) or "5wd" (working days), at most `maxDays` days. */
const span = (fallback: Span, maxDays: number) =>
  z
    .string()
    .default(spanText(fallback))
    .transform((value, ctx) => {
      const parsed = parseSpan(value, maxDays);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value.slice(0, 20)}" ${parsed}` });
        return z.NEVER;
      }
      return parsed;
    });

export function subgraphConfig(network: NetworkDefinition, env: Record<string, string | undefined>) {
  return parseEnv(
    z
      .object({
        /** PostgreSQL URL of this network's own database, as the application role (it names the role). */
        DATABASE_URL: postgresRoleUrl,
        /** The same database as its owner: migrations run with it at start, then the application role is granted its privileges. */
        MIGRATION_DATABASE_URL: postgresRoleUrl.optional(),
        /** Port to listen on; the registry's port by default. */
        PORT: port(network.port),
        /** Interface to bind; 0.0.0.0 in containers. */
        HOST: z.string().default('127.0.0.1'),
        NODE_ENV: nodeEnv,
        /** Connections this process keeps to PostgreSQL. */
        DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
        /** Largest accepted request body, in bytes. */
        MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
        /** The secret the gateway sends with every request to this subgraph. */
        SUBGRAPH_SECRET: sharedSecret(`the ${network.name} subgraph`),
        /** The gateway, through which the outbox delivers referrals to other networks; no delivery without it. */
        GATEWAY_URL: z.string().url().optional(),
        /** ES256 private key (PKCS8 PEM) the outbox signs this network's SERVICE tokens with; the gateway holds its public half. */
        SERVICE_SIGNING_KEY: privateKeyPem('the outbox signs SERVICE tokens with (ES256)').optional(),
        /** Longest wait between two delivery attempts of one change, in ms. */
        OUTBOX_MAX_BACKOFF_MS: z.coerce.number().int().min(100).default(5000),
        /** Attempts after which a delivery that keeps failing becomes a dead letter (FAILED) until a secretariat retries it. */
        OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_MAX_ATTEMPTS),
        /** How long a claimed delivery stays reserved for its worker, in ms; after a crash another replica takes it then. */
        OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(DEFAULT_LEASE_MS),
        /** This network's secret for the cell keys of its statistics (an HMAC of each referral id): required in production; development and tests make their own. */
        STATISTICS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
        /** Days after its creation a new referral may still arrive; older deliveries are refused unless a restore's redelivery. */
        DELIVERY_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(60).default(DEFAULT_DELIVERY_MAX_AGE_DAYS),
        /** This network's mail server (smtp:// or smtps://, credentials in the URL); notifications are queued but not sent without it. */
        SMTP_URL: z
          .string()
          .url()
          .refine((u) => /^smtps?:$/.test(new URL(u).protocol), 'must be an smtp:// or smtps:// URL')
          .optional(),
        /** The From address of this network's notifications, e.g. "CASC secretariat <notifications@casc.example>". */
        MAIL_FROM: z.string().min(3).optional(),
        /** The web console's address, which notifications link to. */
        CONSOLE_URL: z.string().url().default('http://127.0.0.1:4000'),
        /** Notifications one person receives at most in an hour; more wait for the next hour. */
        MAIL_PER_RECIPIENT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_MAIL_PER_HOUR),
        /** Attempts after which a mail the server keeps refusing becomes a dead letter. */
        MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_MAIL_MAX_ATTEMPTS),
        /** Longest wait between two attempts of one mail, in ms. */
        MAIL_MAX_BACKOFF_MS: z.coerce.number().int().min(100).default(DEFAULT_MAIL_MAX_BACKOFF_MS),
        /** How long a mail being sent stays reserved for its worker, in ms. */
        MAIL_LEASE_MS: z.coerce.number().int().min(3000).max(600_000).default(DEFAULT_MAIL_LEASE_MS),
        /** Hours after a referral's acknowledgement due time at which this network's secretariat is told it is overdue. */
        ESCALATION_DELAY_HOURS: z.coerce
          .number()
          .min(0)
          .max(24 * 60)
          .default(DEFAULT_ESCALATION_DELAY_HOURS),
        /** The address escalations go to: this network's secretariat (configuration, never a request). */
        SECRETARIAT_EMAIL: z.string().email().optional(),
        /** The language of the secretariat's mail. */
        SECRETARIAT_LANGUAGE: z.enum(LANGUAGES).default('en'),
        /** Time this network gives itself to acknowledge an IMMEDIATE referral that arrives: hours (4h), days (2d) or working days (1wd). */
        ACKNOWLEDGE_WITHIN_IMMEDIATE: span(DEFAULT_DUE_POLICY.acknowledge.IMMEDIATE, MAX_ACKNOWLEDGE_DAYS),
        /** The same for an URGENT referral (24h by default). */
        ACKNOWLEDGE_WITHIN_URGENT: span(DEFAULT_DUE_POLICY.acknowledge.URGENT, MAX_ACKNOWLEDGE_DAYS),
        /** The same for a ROUTINE referral (5wd by default). */
        ACKNOWLEDGE_WITHIN_ROUTINE: span(DEFAULT_DUE_POLICY.acknowledge.ROUTINE, MAX_ACKNOWLEDGE_DAYS),
        /** Default expected answer date of an IMMEDIATE referral, after its acknowledgement (7d by default); its parties may move it. */
        ANSWER_WITHIN_IMMEDIATE: span(DEFAULT_DUE_POLICY.answer.IMMEDIATE, MAX_ANSWER_DAYS),
        /** The same for an URGENT referral (30d by default). */
        ANSWER_WITHIN_URGENT: span(DEFAULT_DUE_POLICY.answer.URGENT, MAX_ANSWER_DAYS),
        /** The same for a ROUTINE referral (90d by default). */
        ANSWER_WITHIN_ROUTINE: span(DEFAULT_DUE_POLICY.answer.ROUTINE, MAX_ANSWER_DAYS),
        /** Pause between two checks of the acknowledgement deadlines, in ms. */
        DEADLINE_CHECK_MS: z.coerce.number().int().min(1000).default(60_000),
        /** Days a notification stays in the console's notification centre once read; unread ones stay. */
        NOTIFICATION_RETENTION_DAYS: z.coerce
          .number()
          .int()
          .min(1)
          .max(3650)
          .default(DEFAULT_NOTIFICATION_RETENTION_DAYS),
        /** Whether the secretariat is mailed of every referral that arrives, besides its addressee (needs SECRETARIAT_EMAIL). */
        SECRETARIAT_NOTIFY_ARRIVALS: z.enum(['on', 'off']).default('off'),
        /** The secretariat's digest of its review queue, terms ending and overdue referrals: weekly, or none. */
        SECRETARIAT_DIGEST: z.enum(['weekly', 'none']).default('weekly'),
        /** Pause between two checks for digests due (daily ones to people, the weekly one to the secretariat), in ms. */
        DIGEST_CHECK_MS: z.coerce.number().int().min(1000).default(60_000),
        /** The gateway's public key: the only signer of the tokens this subgraph accepts. */
        GATEWAY_PUBLIC_KEY: publicKeyPem("the hub gateway's signing key"),
        ...observabilityEnvShape(),
        ...serverLimitsEnvShape(),
      })
      .superRefine(headersWithinRequest)
      .superRefine(
        productionSecrets(
          ['SUBGRAPH_SECRET', 'SERVICE_SIGNING_KEY', 'METRICS_TOKEN', 'STATISTICS_SECRET'],
          ['DATABASE_URL', 'MIGRATION_DATABASE_URL'],
        ),
      )
      .superRefine((env, ctx) => {
        if (env.NODE_ENV === 'production' && !env.STATISTICS_SECRET) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['STATISTICS_SECRET'],
            message:
              "required in production: a random secret of at least 32 characters, this network's alone (e.g. openssl rand -hex 24)",
          });
        }
      })
      .superRefine((env, ctx) => {
        if (env.MIGRATION_DATABASE_URL && urlRole(env.MIGRATION_DATABASE_URL) === urlRole(env.DATABASE_URL)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['MIGRATION_DATABASE_URL'],
            message: 'must name the owner, another role than DATABASE_URL: the application role must own nothing',
          });
        }
      })
      .superRefine((env, ctx) => {
        if (env.SMTP_URL && !env.MAIL_FROM) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['MAIL_FROM'],
            message: "required with SMTP_URL: the From address of this network's notifications",
          });
        }
      })
      .superRefine((env, ctx) => {
        if (env.SECRETARIAT_NOTIFY_ARRIVALS === 'on' && !env.SECRETARIAT_EMAIL) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['SECRETARIAT_EMAIL'],
            message: "required with SECRETARIAT_NOTIFY_ARRIVALS=on: the secretariat's address arrivals are mailed to",
          });
        }
      })
      .superRefine((env, ctx) => {
        if (env.GATEWAY_URL && !env.SERVICE_SIGNING_KEY) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['SERVICE_SIGNING_KEY'],
            message: 'required with GATEWAY_URL: the outbox signs its SERVICE tokens with it',
          });
        }
      }),
    env,
  );
}

export type SubgraphConfig = ReturnType<typeof subgraphConfig>;

/** The network's default due times by urgency, from its configuration. */
export const duePolicyOf = (config: SubgraphConfig): DuePolicy => ({
  acknowledge: {
    IMMEDIATE: config.ACKNOWLEDGE_WITHIN_IMMEDIATE,
    URGENT: config.ACKNOWLEDGE_WITHIN_URGENT,
    ROUTINE: config.ACKNOWLEDGE_WITHIN_ROUTINE,
  },
  answer: {
    IMMEDIATE: config.ANSWER_WITHIN_IMMEDIATE,
    URGENT: config.ANSWER_WITHIN_URGENT,
    ROUTINE: config.ANSWER_WITHIN_ROUTINE,
  },
});

/** A subgraph's logs, metrics and tracing settings. */
export const subgraphObservability = (network: NetworkDefinition, config: SubgraphConfig) =>
  observabilityConfig(network.key, config);
