/**
 * Where one notification goes, by its recipient's choice for its kind (notification_deliveries): the
 * mail outbox at once (IMMEDIATE, the default), the recipient's daily digest (DAILY_DIGEST, digests.ts),
 * or nowhere (NONE). Some mail ignores the choice: a referral of IMMEDIATE or URGENT urgency is always
 * mailed at once, and so is the secretariat's own mail (recipient id null), which no person's choice governs.
 */
import type { EntityManager } from 'typeorm';
import {
  ALWAYS_IMMEDIATE_URGENCIES,
  isSecretariatKind,
  type Delivery,
  type MailFacts,
  type NotificationKind,
} from './facts';

/** The part of a queued mail its routing reads. */
export interface RoutedMail {
  dedupeKey: string;
  kind: NotificationKind;
  recipient: { id: string | null };
  facts: MailFacts;
}

/** How `mail` is to be delivered: its recipient's choice for its kind, unless the mail ignores choices. */
export async function deliveryOf(em: EntityManager, mail: RoutedMail): Promise<Delivery> {
  if (mail.recipient.id === null || isSecretariatKind(mail.kind)) return 'IMMEDIATE';
  if (ALWAYS_IMMEDIATE_URGENCIES.includes(mail.facts.urgency)) return 'IMMEDIATE';
  const [row]: { delivery: Delivery }[] = await em.query(
    `SELECT delivery FROM notification_deliveries WHERE contact_point_id = $1 AND kind = $2`,
    [mail.recipient.id, mail.kind],
  );
  return row?.delivery ?? 'IMMEDIATE';
}

/** Keeps `mail` for its recipient's next daily digest; the same event held twice is kept once. */
export async function holdForDigest(
  em: EntityManager,
  mail: RoutedMail & { recipient: { id: string } },
): Promise<void> {
  await em.query(
    `INSERT INTO mail_digest_items (dedupe_key, contact_point_id, kind, facts) VALUES ($1, $2, $3, $4)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [mail.dedupeKey, mail.recipient.id, mail.kind, JSON.stringify(mail.facts)],
  );
}

/**
 * Routes `mail` by its recipient's choice: returns true when it is to go to the mail outbox now, after
 * holding it for the digest (DAILY_DIGEST) or dropping it (NONE) otherwise.
 */
export async function routeMail(em: EntityManager, mail: RoutedMail): Promise<boolean> {
  const delivery = await deliveryOf(em, mail);
  if (delivery === 'DAILY_DIGEST' && mail.recipient.id !== null) {
    await holdForDigest(em, { ...mail, recipient: { id: mail.recipient.id } });
    return false;
  }
  return delivery === 'IMMEDIATE';
}
