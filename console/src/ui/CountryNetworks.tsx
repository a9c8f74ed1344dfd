import { graphql } from '../__generated__';

/** A country as the pages name it, with the networks it belongs to (shared by the Atlas, the country pages and the referral form). */
export const CountryNetworks = graphql(`
  fragment CountryNetworks on Country {
    code
    alpha2
    name
    networks {
      code
      name
    }
  }
`);
