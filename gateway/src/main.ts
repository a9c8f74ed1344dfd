/** Starts the gateway from environment configuration. */
import { createTokenVerifier } from '../../shared/src/auth/tokens';
import { runMain } from '../../shared/src/config';
import { NETWORKS } from '../../shared/src/registry';
import { gatewayConfig } from './config';
import { createGateway } from './gateway';

runMain(async () => {
  const config = gatewayConfig(NETWORKS, process.env);
  const verifyToken = await createTokenVerifier(config.tokens, NETWORKS);
  const listening = await createGateway(config, verifyToken).listen();
  console.log(`[gateway] ready at ${listening.url}`);
  const stop = async () => {
    await listening.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
});
