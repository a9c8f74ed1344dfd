/**
 * Who may sign what. Three kinds of signer, each bound to what it may assert:
 * - the identity provider (issuer, audience and key set from configuration) signs
 *   people's tokens, and never a SERVICE identity;
 * - each network's outbox signs SERVICE tokens for its own network only, with a key
 *   the gateway's configuration binds to that network (issuer `serviceIssuer(key)`);
 * - the gateway signs a short-lived token per subgraph call (token exchange), with the
 *   audience of that one network, carrying the claims it verified. Subgraphs trust
 *   nothing else, so a token one organisation received cannot be replayed at another.
 */

/** Issuer of the tokens the gateway signs for the subgraphs. */
export const GATEWAY_ISSUER = 'urn:jcn:gateway';

/** Audience of a token the gateway signs for one network's subgraph. */
export const networkAudience = (networkKey: string) => `urn:jcn:network:${networkKey}`;

/** Issuer of the SERVICE tokens a network's outbox signs. */
export const serviceIssuer = (networkKey: string) => `urn:jcn:service:${networkKey}`;

/** Audience of SERVICE tokens: the gateway, which exchanges them like any other. */
export const SERVICE_AUDIENCE = 'urn:jcn:gateway';

/** Lifetime of a token the gateway signs for a subgraph call, in seconds. */
export const EXCHANGED_TOKEN_LIFETIME_S = 60;

/** Longest lifetime of a SERVICE token, in seconds: an outbox signs a fresh one every few minutes. */
export const SERVICE_TOKEN_MAX_LIFETIME_S = 15 * 60;
