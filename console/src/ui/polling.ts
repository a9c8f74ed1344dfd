/**
 * How often an open list asks for what is new (the inbox and outbox, the notification bell), while the
 * tab is visible: a contact point may keep the console open all day. Measured (docs/console.md,
 * "Referrals in the console"): about 17 kB per poll of 25 referrals.
 */
export const LIST_POLL_MS = 30_000;

/** Apollo's skipPollAttempt: a hidden tab asks nothing; the next poll after it shows again catches up. */
export const hiddenTab = (): boolean => document.hidden;
