/**
 * The development mail catcher, in a process of its own (npm start runs it): an SMTP server the
 * subgraphs send their notifications to, and a page listing what it caught. Nothing leaves the
 * machine. Development only: with NODE_ENV=production the page answers 404.
 */
import { z } from 'zod';
import { nodeEnv, parseEnv, port, runMain } from '#shared/config';
import { serveCaughtMail, startMailCatcher } from './lib/mail-catcher';

runMain(async () => {
  const env = parseEnv(
    z.object({
      /** Port the SMTP server listens on (SMTP_URL of the subgraphs: smtp://127.0.0.1:<port>). */
      MAIL_CATCHER_SMTP_PORT: port(1025),
      /** Port of the page of caught mail. */
      MAIL_CATCHER_PORT: port(1080),
      NODE_ENV: nodeEnv,
    }),
    process.env,
  );
  const catcher = await startMailCatcher({ port: env.MAIL_CATCHER_SMTP_PORT });
  const page = await serveCaughtMail(catcher, {
    port: env.MAIL_CATCHER_PORT,
    production: env.NODE_ENV === 'production',
  });
  console.log(`mail catcher ready: SMTP ${catcher.url}, caught mail at ${page.url}`);
  const stop = async () => {
    await page.close();
    await catcher.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
});
