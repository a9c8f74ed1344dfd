/**
 * A notification's text and HTML, in the recipient's language, from its facts
 * alone (facts.ts): nothing else of a referral reaches this module.
 */
import type { Language, MailFacts, NotificationKind } from './facts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The page where the recipient turns this mail off (List-Unsubscribe); digests only. */
  unsubscribe?: string;
}

export interface Phrases {
  /** The mail's subject line after the reference, and its first sentence. */
  what: Record<NotificationKind, string>;
  urgency: Record<string, string>;
  labels: {
    reference: string;
    kind: string;
    urgency: string;
    from: string;
    deadline: string;
    /** The deadline's label in the mails about the expected answer date. */
    answerBy: string;
    open: string;
  };
  /** Why the mail says so little. */
  footer: string;
}

export const PHRASES: Record<Language, Phrases> = {
  en: {
    what: {
      REFERRAL_RECEIVED: 'New referral for you',
      ACKNOWLEDGED: 'Your referral was acknowledged',
      DECLINED: 'Your referral was declined',
      MESSAGE: 'New message on a referral',
      COMPLETED: 'Your referral was completed',
      WITHDRAWN: 'A referral was withdrawn',
      ASSIGNED: 'A referral was assigned to you',
      ACK_REMINDER: 'Reminder: a referral is due to be acknowledged soon',
      ACK_OVERDUE: 'Overdue: a referral has not been acknowledged',
      ESCALATED: 'Escalation: a referral is overdue for acknowledgement',
      ANSWER_REMINDER: 'Reminder: an answer to a referral is expected soon',
      ANSWER_OVERDUE: 'Overdue: a referral has not been answered by its expected date',
      ANSWER_ESCALATED: 'Escalation: a referral is overdue for its answer',
      DELIVERY_FAILED: 'Delivery failed for good: a referral change did not reach the other network',
    },
    urgency: { IMMEDIATE: 'Immediate', URGENT: 'Urgent', ROUTINE: 'Routine' },
    labels: {
      reference: 'Reference',
      kind: 'Kind',
      urgency: 'Urgency',
      from: 'Other side',
      deadline: 'Acknowledge by',
      answerBy: 'Answer expected by',
      open: 'Open it in the console',
    },
    footer: 'E-mail is not a secure channel: this message holds no case content. Sign in to the console to read it.',
  },
  fr: {
    what: {
      REFERRAL_RECEIVED: 'Nouvelle demande pour vous',
      ACKNOWLEDGED: 'Votre demande a été accusée de réception',
      DECLINED: 'Votre demande a été refusée',
      MESSAGE: 'Nouveau message sur une demande',
      COMPLETED: 'Votre demande a été exécutée',
      WITHDRAWN: 'Une demande a été retirée',
      ASSIGNED: 'Une demande vous a été attribuée',
      ACK_REMINDER: "Rappel : l'accusé de réception d'une demande est bientôt dû",
      ACK_OVERDUE: "En retard : une demande n'a pas reçu d'accusé de réception",
      ESCALATED: 'Signalement : une demande attend son accusé de réception au-delà du délai',
      ANSWER_REMINDER: 'Rappel : la réponse à une demande est bientôt attendue',
      ANSWER_OVERDUE: "En retard : une demande n'a pas reçu de réponse à la date prévue",
      ANSWER_ESCALATED: 'Signalement : une demande attend sa réponse au-delà de la date prévue',
      DELIVERY_FAILED: "Échec définitif de transmission : une modification de demande n'a pas atteint l'autre réseau",
    },
    urgency: { IMMEDIATE: 'Immédiate', URGENT: 'Urgente', ROUTINE: 'Ordinaire' },
    labels: {
      reference: 'Référence',
      kind: 'Type',
      urgency: 'Urgence',
      from: 'Autre partie',
      deadline: 'Accuser réception avant',
      answerBy: 'Réponse attendue avant',
      open: 'Ouvrir dans la console',
    },
    footer:
      "Le courriel n'est pas un canal sûr : ce message ne contient rien du dossier. Connectez-vous à la console pour le lire.",
  },
  ru: {
    what: {
      REFERRAL_RECEIVED: 'Вам поступил новый запрос',
      ACKNOWLEDGED: 'Получение вашего запроса подтверждено',
      DECLINED: 'Ваш запрос отклонён',
      MESSAGE: 'Новое сообщение по запросу',
      COMPLETED: 'Ваш запрос исполнен',
      WITHDRAWN: 'Запрос отозван',
      ASSIGNED: 'Вам поручен запрос',
      ACK_REMINDER: 'Напоминание: скоро истекает срок подтверждения запроса',
      ACK_OVERDUE: 'Просрочено: получение запроса не подтверждено',
      ESCALATED: 'Эскалация: срок подтверждения запроса истёк',
      ANSWER_REMINDER: 'Напоминание: скоро ожидается ответ на запрос',
      ANSWER_OVERDUE: 'Просрочено: ответ на запрос не дан к ожидаемой дате',
      ANSWER_ESCALATED: 'Эскалация: срок ответа на запрос истёк',
      DELIVERY_FAILED: 'Доставка не удалась: изменение запроса не дошло до другой сети',
    },
    urgency: { IMMEDIATE: 'Немедленно', URGENT: 'Срочно', ROUTINE: 'В обычном порядке' },
    labels: {
      reference: 'Номер',
      kind: 'Вид',
      urgency: 'Срочность',
      from: 'Другая сторона',
      deadline: 'Подтвердить до',
      answerBy: 'Ответ ожидается до',
      open: 'Открыть в консоли',
    },
    footer:
      'Электронная почта не является защищённым каналом: в этом письме нет материалов дела. Войдите в консоль, чтобы прочитать его.',
  },
  pt: {
    what: {
      REFERRAL_RECEIVED: 'Novo pedido para si',
      ACKNOWLEDGED: 'O seu pedido foi confirmado',
      DECLINED: 'O seu pedido foi recusado',
      MESSAGE: 'Nova mensagem num pedido',
      COMPLETED: 'O seu pedido foi executado',
      WITHDRAWN: 'Um pedido foi retirado',
      ASSIGNED: 'Um pedido foi-lhe atribuído',
      ACK_REMINDER: 'Lembrete: a confirmação de um pedido está a terminar o prazo',
      ACK_OVERDUE: 'Em atraso: um pedido não foi confirmado',
      ESCALATED: 'Escalamento: um pedido passou o prazo de confirmação',
      ANSWER_REMINDER: 'Lembrete: a resposta a um pedido é esperada em breve',
      ANSWER_OVERDUE: 'Em atraso: um pedido não foi respondido na data prevista',
      ANSWER_ESCALATED: 'Escalamento: um pedido passou a data prevista de resposta',
      DELIVERY_FAILED: 'Falha definitiva de entrega: uma alteração de um pedido não chegou à outra rede',
    },
    urgency: { IMMEDIATE: 'Imediato', URGENT: 'Urgente', ROUTINE: 'Rotina' },
    labels: {
      reference: 'Referência',
      kind: 'Tipo',
      urgency: 'Urgência',
      from: 'Outra parte',
      deadline: 'Confirmar até',
      answerBy: 'Resposta esperada até',
      open: 'Abrir na consola',
    },
    footer:
      'O correio eletrónico não é um canal seguro: esta mensagem não contém nada do processo. Entre na consola para o ler.',
  },
};

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** An instant as "2026-12-08 14:00 UTC": a mail cannot know its reader's time zone, so it says which it uses. */
export const utcMinute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The console page of the recipient's record, under `consoleUrl` (the console's address as its network publishes it). */
export const consoleLink = (consoleUrl: string, recordId: string) =>
  `${consoleUrl.replace(/\/+$/, '')}/referrals/${encodeURIComponent(recordId)}`;

/** The labelled facts of one notification, in `language`: what its mail, or its line in a digest, shows. */
export function factRows(language: Language, facts: MailFacts, kind?: NotificationKind): [string, string][] {
  const p = PHRASES[language];
  const rows: [string, string][] = [
    [p.labels.reference, facts.reference],
    [p.labels.kind, facts.referralKind],
    [p.labels.urgency, p.urgency[facts.urgency] ?? facts.urgency],
    [p.labels.from, `${facts.counterpartCountry}, ${facts.counterpartNetwork}`],
  ];
  const answering = kind === 'ANSWER_REMINDER' || kind === 'ANSWER_OVERDUE' || kind === 'ANSWER_ESCALATED';
  if (facts.deadline) rows.push([answering ? p.labels.answerBy : p.labels.deadline, utcMinute(facts.deadline)]);
  return rows;
}

export function renderMail(
  kind: NotificationKind,
  language: Language,
  facts: MailFacts,
  consoleUrl: string,
): RenderedMail {
  const p = PHRASES[language];
  const what = p.what[kind];
  const link = consoleLink(consoleUrl, facts.recordId);
  const rows = factRows(language, facts, kind);
  const text = [what, '', ...rows.map(([k, v]) => `${k}: ${v}`), '', `${p.labels.open}: ${link}`, '', p.footer].join(
    '\n',
  );
  const html = [
    `<!doctype html><html lang="${language}"><body>`,
    `<p>${escapeHtml(what)}</p>`,
    '<table>',
    ...rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`),
    '</table>',
    `<p><a href="${escapeHtml(link)}">${escapeHtml(p.labels.open)}</a></p>`,
    `<p><small>${escapeHtml(p.footer)}</small></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `${facts.reference}: ${what}`, text, html };
}
