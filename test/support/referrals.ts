/** Helpers for referral tests against the running federation. */
import { randomUUID } from 'node:crypto';
import type { TestFederation } from './federation';

/** A token for an active contact point of `country` in `network`, with its contact_point_id. */
export async function contactPointToken(
  fed: Pick<TestFederation, 'sql' | 'auth'>,
  network: string,
  country: string,
  offset = 0,
): Promise<{ token: string; id: string }> {
  const [row] = await fed.sql<{ id: string }>(
    network,
    `SELECT id FROM contact_points WHERE active AND country = $1 ORDER BY id OFFSET $2 LIMIT 1`,
    [country, offset],
  );
  const id = `${network}:cp:${row!.id}`;
  const token = await fed.auth.token({
    subject: `cp-${row!.id}`,
    roles: ['CONTACT_POINT'],
    network,
    country,
    contactPointId: id,
  });
  return { token, id };
}

export function referralInput(destinationCountry: string, overrides: Record<string, unknown> = {}) {
  return {
    destinationCountry,
    kind: 'MUTUAL_LEGAL_ASSISTANCE',
    measures: ['BANK_INFORMATION'],
    crimeAreas: ['MONEY_LAUNDERING'],
    urgency: 'URGENT',
    subject: 'Bank records of a shell company (test)',
    summary: 'Fictional test case.',
    formalReferences: ['MLA/2026/0001'],
    ...overrides,
  };
}

/** Creates a referral from `network` through the gateway and returns its id and reference. */
export async function createReferral(
  fed: Pick<TestFederation, 'gql'>,
  network: string,
  token: string,
  destinationCountry: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await fed.gql<Record<string, { createReferral: { id: string; reference: string; status: string } }>>(
    `mutation($input: ReferralInput!, $key: String!) { ${network} { createReferral(input: $input, idempotencyKey: $key) { id reference status } } }`,
    { input: referralInput(destinationCountry, overrides), key: randomUUID() },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data![network]!.createReferral;
}

/** Polls `check` until it returns true or the time runs out; returns the milliseconds it took. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, label: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${label}`);
}

/** Undelivered outbox rows of a network. */
export async function pendingOutbox(fed: Pick<TestFederation, 'sql'>, network: string): Promise<number> {
  const [row] = await fed.sql<{ n: string }>(network, `SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL`);
  return Number(row!.n);
}
