/**
 * The text and HTML of digests, in the recipient's language, from the digest's facts alone: a person's
 * daily digest lists the notifications held for it (the facts each mail would have carried); the
 * secretariat's weekly digest gives counts and references. Each names where to turn it off
 * (List-Unsubscribe, set by the mailer from `unsubscribe`).
 */
import type { DailyDigestFacts, Language, OverdueEntry, WeeklyDigestFacts } from './facts';
import { consoleLink, escapeHtml, factRows, PHRASES, utcMinute, type RenderedMail } from './render';

interface DigestPhrases {
  daily: { subject: (day: string, n: number) => string; intro: (day: string) => string; change: string };
  weekly: {
    subject: (week: string) => string;
    intro: (week: string) => string;
    review: (f: WeeklyDigestFacts['reviewDue']) => string;
    terms: (n: number, by: string) => string;
    overdueReceived: (n: number) => string;
    overdueSent: (n: number) => string;
    due: string;
    more: (n: number) => string;
    open: string;
    change: string;
  };
}

const DIGEST_PHRASES: Record<Language, DigestPhrases> = {
  en: {
    daily: {
      subject: (day, n) => `Daily digest of ${day}: ${n} notification${n === 1 ? '' : 's'}`,
      intro: (day) => `What happened on ${day} (UTC), gathered once a day as you chose:`,
      change: 'Change what you receive and how',
    },
    weekly: {
      subject: (week) => `Weekly secretariat digest, week of ${week}`,
      intro: (week) => `The secretariat's week starting ${week} (UTC): counts and references only.`,
      review: (r) =>
        `Review queue (not reviewed for a year): ${r.contactPoints} contact points, ${r.authorities} authorities, ${r.countryProfiles} country profiles`,
      terms: (n, by) => `Contact points whose term ends by ${by}: ${n}`,
      overdueReceived: (n) => `Referrals received and not acknowledged in time: ${n}`,
      overdueSent: (n) => `Referrals sent and not acknowledged in time by the other side: ${n}`,
      due: 'due',
      more: (n) => `and ${n} more`,
      open: 'Open the review queue in the console',
      change: "This digest is set in the network's configuration (SECRETARIAT_DIGEST)",
    },
  },
  fr: {
    daily: {
      subject: (day, n) => `Récapitulatif du ${day} : ${n} notification${n === 1 ? '' : 's'}`,
      intro: (day) => `Ce qui s'est passé le ${day} (UTC), réuni une fois par jour comme vous l'avez choisi :`,
      change: 'Modifier ce que vous recevez et comment',
    },
    weekly: {
      subject: (week) => `Récapitulatif hebdomadaire du secrétariat, semaine du ${week}`,
      intro: (week) => `La semaine du secrétariat commençant le ${week} (UTC) : nombres et références uniquement.`,
      review: (r) =>
        `À réviser (pas revus depuis un an) : ${r.contactPoints} points de contact, ${r.authorities} autorités, ${r.countryProfiles} fiches pays`,
      terms: (n, by) => `Points de contact dont le mandat prend fin d'ici le ${by} : ${n}`,
      overdueReceived: (n) => `Demandes reçues sans accusé de réception dans le délai : ${n}`,
      overdueSent: (n) => `Demandes envoyées sans accusé de réception de l'autre partie dans le délai : ${n}`,
      due: 'échéance',
      more: (n) => `et ${n} de plus`,
      open: 'Ouvrir la liste à réviser dans la console',
      change: 'Ce récapitulatif se règle dans la configuration du réseau (SECRETARIAT_DIGEST)',
    },
  },
  ru: {
    daily: {
      subject: (day, n) => `Ежедневная сводка за ${day}: уведомлений — ${n}`,
      intro: (day) => `Что произошло ${day} (UTC), собрано раз в день, как вы выбрали:`,
      change: 'Изменить, что и как вы получаете',
    },
    weekly: {
      subject: (week) => `Еженедельная сводка секретариата, неделя с ${week}`,
      intro: (week) => `Неделя секретариата с ${week} (UTC): только количества и номера.`,
      review: (r) =>
        `Требуют проверки (не проверялись год): контактных лиц — ${r.contactPoints}, органов — ${r.authorities}, страновых профилей — ${r.countryProfiles}`,
      terms: (n, by) => `Контактных лиц, чьи полномочия истекают до ${by}: ${n}`,
      overdueReceived: (n) => `Полученные запросы без подтверждения в срок: ${n}`,
      overdueSent: (n) => `Отправленные запросы, не подтверждённые другой стороной в срок: ${n}`,
      due: 'срок',
      more: (n) => `и ещё ${n}`,
      open: 'Открыть список проверки в консоли',
      change: 'Эта сводка настраивается в конфигурации сети (SECRETARIAT_DIGEST)',
    },
  },
  pt: {
    daily: {
      subject: (day, n) => `Resumo diário de ${day}: ${n} notificaç${n === 1 ? 'ão' : 'ões'}`,
      intro: (day) => `O que aconteceu em ${day} (UTC), reunido uma vez por dia como escolheu:`,
      change: 'Alterar o que recebe e como',
    },
    weekly: {
      subject: (week) => `Resumo semanal do secretariado, semana de ${week}`,
      intro: (week) => `A semana do secretariado a partir de ${week} (UTC): apenas números e referências.`,
      review: (r) =>
        `Por rever (sem revisão há um ano): ${r.contactPoints} pontos de contacto, ${r.authorities} autoridades, ${r.countryProfiles} perfis de país`,
      terms: (n, by) => `Pontos de contacto cujo mandato termina até ${by}: ${n}`,
      overdueReceived: (n) => `Pedidos recebidos sem confirmação dentro do prazo: ${n}`,
      overdueSent: (n) => `Pedidos enviados sem confirmação da outra parte dentro do prazo: ${n}`,
      due: 'prazo',
      more: (n) => `e mais ${n}`,
      open: 'Abrir a lista de revisão na consola',
      change: 'Este resumo define-se na configuração da rede (SECRETARIAT_DIGEST)',
    },
  },
};

/** The console page where a person sets what they receive: a daily digest's List-Unsubscribe. */
export const preferencesLink = (consoleUrl: string) => `${consoleUrl.replace(/\/+$/, '')}/account/notifications`;

const html = (language: Language, parts: string[]) =>
  [`<!doctype html><html lang="${language}"><body>`, ...parts, '</body></html>'].join('\n');

export function renderDailyDigest(language: Language, facts: DailyDigestFacts, consoleUrl: string): RenderedMail {
  const p = PHRASES[language];
  const d = DIGEST_PHRASES[language].daily;
  const prefs = preferencesLink(consoleUrl);
  const entries = facts.entries.map((e) => ({
    what: p.what[e.kind],
    rows: factRows(language, e, e.kind),
    link: consoleLink(consoleUrl, e.recordId),
  }));
  const text = [
    d.intro(facts.day),
    ...entries.flatMap((e) => [
      '',
      `* ${e.what}`,
      ...e.rows.map(([k, v]) => `  ${k}: ${v}`),
      `  ${p.labels.open}: ${e.link}`,
    ]),
    '',
    `${d.change}: ${prefs}`,
    '',
    p.footer,
  ].join('\n');
  const body = html(language, [
    `<p>${escapeHtml(d.intro(facts.day))}</p>`,
    '<ul>',
    ...entries.map(
      (e) =>
        `<li><p>${escapeHtml(e.what)}</p><table>${e.rows
          .map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
          .join('')}</table><p><a href="${escapeHtml(e.link)}">${escapeHtml(p.labels.open)}</a></p></li>`,
    ),
    '</ul>',
    `<p><a href="${escapeHtml(prefs)}">${escapeHtml(d.change)}</a></p>`,
    `<p><small>${escapeHtml(p.footer)}</small></p>`,
  ]);
  return { subject: d.subject(facts.day, entries.length), text, html: body, unsubscribe: prefs };
}

/** `unsubscribe`: where the secretariat asks for the weekly digest to stop (it is configuration, not a console setting). */
export function renderWeeklyDigest(
  language: Language,
  facts: WeeklyDigestFacts,
  consoleUrl: string,
  unsubscribe: string,
): RenderedMail {
  const p = PHRASES[language];
  const w = DIGEST_PHRASES[language].weekly;
  const review = `${consoleUrl.replace(/\/+$/, '')}/desk/review`;
  const list = (o: { count: number; first: OverdueEntry[] }) => [
    ...o.first.map((e) => `${e.reference} (${w.due} ${utcMinute(e.due)})`),
    ...(o.count > o.first.length ? [w.more(o.count - o.first.length)] : []),
  ];
  const sections: [string, string[]][] = [
    [w.review(facts.reviewDue), []],
    [w.terms(facts.termsEnding, facts.termsEndBy), []],
    [w.overdueReceived(facts.overdueReceived.count), list(facts.overdueReceived)],
    [w.overdueSent(facts.overdueSent.count), list(facts.overdueSent)],
  ];
  const text = [
    w.intro(facts.week),
    ...sections.flatMap(([head, items]) => ['', head, ...items.map((i) => `  - ${i}`)]),
    '',
    `${w.open}: ${review}`,
    '',
    `${w.change}.`,
    '',
    p.footer,
  ].join('\n');
  const body = html(language, [
    `<p>${escapeHtml(w.intro(facts.week))}</p>`,
    ...sections.map(
      ([head, items]) =>
        `<p>${escapeHtml(head)}</p>${items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : ''}`,
    ),
    `<p><a href="${escapeHtml(review)}">${escapeHtml(w.open)}</a></p>`,
    `<p><small>${escapeHtml(w.change)}. ${escapeHtml(p.footer)}</small></p>`,
  ]);
  return { subject: w.subject(facts.week), text, html: body, unsubscribe };
}
