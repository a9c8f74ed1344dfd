/**
 * DEVELOPMENT ONLY. The development identity provider's own pages: sign-in,
 * sign-out and errors. Server-rendered, every value escaped, nothing loaded from
 * elsewhere, no script at all; the one stylesheet is inline and allowed by its hash.
 */
import { createHash } from 'node:crypto';
import type { DemoAccount } from './accounts';

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = [
  'body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2433}',
  'main{max-width:34rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.2)}',
  'h1{font-size:1.5rem;margin-top:0}label{display:block;font-weight:600;margin-top:1rem}',
  'input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;margin-top:.25rem}',
  'button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem;background:#0b57d0;color:#fff;border:0;border-radius:4px;cursor:pointer}',
  'button.secondary{background:#5f6368;margin-left:.5rem}:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}',
  '[role=alert]{background:#fde7e9;border-left:4px solid #b3261e;padding:.75rem;margin:1rem 0}',
  'table{border-collapse:collapse;width:100%;margin-top:.5rem;font-size:.9rem}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd}',
  'code{font-size:.95em}.note{color:#5f6368;font-size:.9rem}',
].join('');

/**
 * Content-Security-Policy of every page: no script, only this stylesheet, forms posting to the
 * provider itself and, because a browser checks the redirects after a form too, to the console.
 */
export function pageSecurityPolicy(consoleOrigins: readonly string[]): string {
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  return [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    "img-src 'self' data:",
    `form-action 'self' ${consoleOrigins.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} · JCN Hub development sign-in</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export interface LoginPageOptions {
  /** Where the form posts: the interaction's own login URL. */
  action: string;
  /** What went wrong with the last attempt, shown above the form. */
  error?: string;
  /** The username to fill in again after a failed attempt. */
  username?: string;
  /** The demo accounts, listed by name and role (never their passwords). */
  accounts: readonly DemoAccount[];
}

export function loginPage(options: LoginPageOptions): string {
  const rows = options.accounts
    .map(
      (a) =>
        `<tr><td><code>${escapeHtml(a.username)}</code></td><td>${escapeHtml(a.displayName)}</td><td>${escapeHtml(a.roles.join(', '))}</td></tr>`,
    )
    .join('\n');
  return layout(
    'Sign in',
    `<h1>Sign in to JCN Hub</h1>
<p class="note">Development identity provider. Never use it in production.</p>
${options.error ? `<p role="alert">${escapeHtml(options.error)}</p>` : ''}
<form method="post" action="${escapeHtml(options.action)}" autocomplete="off">
<label for="username">Username</label>
<input id="username" name="username" required autofocus autocapitalize="none" spellcheck="false" value="${escapeHtml(options.username ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" required>
<button type="submit">Sign in</button>
</form>
<h2>Demo accounts</h2>
<p class="note">The passwords were printed by <code>npm start</code> and are kept in <code>.data/keys/idp-accounts.json</code>.</p>
<table>
<thead><tr><th scope="col">Username</th><th scope="col">Who</th><th scope="col">Roles</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}

/** A page that says what went wrong and what the person can do about it. */
export function errorPage(title: string, message: string, advice: string): string {
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>\n<p role="alert">${escapeHtml(message)}</p>\n<p>${escapeHtml(advice)}</p>`,
  );
}

/** Sign-out confirmation around the provider's own form (which carries its anti-forgery token). */
export function logoutPage(form: string): string {
  return layout(
    'Sign out',
    `<h1>Sign out of JCN Hub?</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`,
  );
}

export function signedOutPage(): string {
  return layout(
    'Signed out',
    '<h1>You are signed out</h1>\n<p>You may close this page, or go back to the console to sign in again.</p>',
  );
}
