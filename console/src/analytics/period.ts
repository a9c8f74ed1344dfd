/**
 * The dashboard's period: whole calendar months (UTC), first and last inclusive, as `YYYY-MM`.
 * Anyone but a network's own secretariat gets statistics only for ranges from the first of a
 * month to the first of a month, so the page never offers anything else.
 */
export interface Period {
  first: string;
  last: string;
}

/** The API answers at most five years at a time. */
export const MAX_MONTHS = 60;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` shifted by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last month that is over at `now`. */
export const lastWholeMonth = (now: Date): string => addMonths(now.toISOString().slice(0, 7), -1);

/** The twelve whole months before the current one. */
export function defaultPeriod(now: Date): Period {
  const last = lastWholeMonth(now);
  return { first: addMonths(last, -11), last };
}

/** The months a person may choose, newest first: the last whole month and the MAX_MONTHS - 1 before it. */
export function monthChoices(now: Date): string[] {
  const last = lastWholeMonth(now);
  return Array.from({ length: MAX_MONTHS }, (_, i) => addMonths(last, -i));
}

/**
 * The period a link asks for (`?from=2025-01&to=2025-12`), within the choices; the default for
 * anything else. Months given the wrong way round are swapped.
 */
export function parsePeriod(from: string | null, to: string | null, now: Date): Period {
  const choices = new Set(monthChoices(now));
  if (!from || !to || !MONTH.test(from) || !MONTH.test(to) || !choices.has(from) || !choices.has(to))
    return defaultPeriod(now);
  return from <= to ? { first: from, last: to } : { first: to, last: from };
}

/** The API's arguments: from the first day of the first month to the first day after the last month, 00:00 UTC. */
export const periodRange = (p: Period) => ({
  from: `${p.first}-01T00:00:00Z`,
  to: `${addMonths(p.last, 1)}-01T00:00:00Z`,
});

/** Every month of the period, oldest first. */
export function periodMonths(p: Period): string[] {
  const months: string[] = [];
  for (let m = p.first; m <= p.last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** A month as a timestamp at its first instant (UTC), for Intl date formatting. */
export const monthStart = (month: string): number => Date.parse(`${month}-01T00:00:00Z`);
