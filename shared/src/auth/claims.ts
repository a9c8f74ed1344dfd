/**
 * The hub's token claims and the caller they make, both ways: the one place that
 * says which claim carries what (roles, network, country, contact_point_id). Every
 * signer (the gateway's exchange, a network's delivery service, the development
 * identity provider) writes claimsOf; every verifier reads callerFromClaims.
 */
import { GraphQLError } from 'graphql';
import type { JWTPayload } from 'jose';
import { ROLES, type Caller, type Role } from '../caller';
import { findCountry } from '../countries';
import { networkOfKey, type Registry } from '../registry';

/** Who a token speaks for: its subject and the hub's claims (a missing or null claim is left out). */
export interface TokenClaims {
  subject: string;
  roles: readonly Role[];
  network?: string | null;
  country?: string | null;
  contactPointId?: string | null;
}

/** The hub's claims as a token carries them (a type, not an interface: a JWT payload is a record). */
export type HubClaims = {
  roles: readonly Role[];
  network?: string;
  country?: string;
  contact_point_id?: string;
};

/** UNAUTHENTICATED with HTTP 401: the whole request is refused. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The hub's claims of a caller (or of an account), only those it has; sub, iss and aud are the signer's. */
export function claimsOf(who: Omit<TokenClaims, 'subject'>): HubClaims {
  return {
    roles: who.roles,
    ...(who.network ? { network: who.network } : {}),
    ...(who.country ? { country: who.country } : {}),
    ...(who.contactPointId ? { contact_point_id: who.contactPointId } : {}),
  };
}

/** The caller of a verified token's claims; a token with unknown roles, network or country is refused. */
export function callerFromClaims(payload: JWTPayload, registry: Registry): Caller {
  const roles = payload.roles;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as readonly unknown[]).includes(r))) {
    throw unauthenticated(`Token refused: the roles claim must list some of ${ROLES.join(', ')}.`);
  }
  const network = payload.network;
  if (network !== undefined && (typeof network !== 'string' || !networkOfKey(registry, network))) {
    throw unauthenticated('Token refused: the network claim names no network of this hub.');
  }
  const country = payload.country;
  if (country !== undefined && (typeof country !== 'string' || findCountry(country)?.alpha3 !== country)) {
    throw unauthenticated('Token refused: the country claim must be an ISO 3166-1 alpha-3 code.');
  }
  const cp = payload.contact_point_id;
  if (cp !== undefined && typeof cp !== 'string')
    throw unauthenticated('Token refused: contact_point_id must be a string.');
  return {
    subject: String(payload.sub),
    roles: roles as Role[],
    network: (network as string | undefined) ?? null,
    country: (country as string | undefined) ?? null,
    contactPointId: (cp as string | undefined) ?? null,
  };
}
