import { graphql } from '../__generated__';

/** What a country profile says about one measure (shared by the Atlas and the country view). */
export const MeasureFields = graphql(`
  fragment MeasureFields on MeasureProfile {
    measure
    applicable
    legalBasis
    languages
    dualCriminalityRequired
    requirements
    notes
    lastReviewedAt
    competentAuthority {
      id
      name
    }
  }
`);
