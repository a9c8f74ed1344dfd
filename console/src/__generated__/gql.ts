/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AtlasAnswer($country: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!) {\n    country(code: $country) {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n        countryProfile(country: $country) {\n          lastReviewedAt\n          measures {\n            ...MeasureFields\n          }\n        }\n        authorities(filter: $authorities, first: 20) {\n          totalCount\n          nodes {\n            ...AuthorityDetail\n          }\n        }\n        contactPoints(filter: $contactPoints, first: 5) {\n          totalCount\n          nodes {\n            ...ContactPointSummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.AtlasAnswerDocument,
    "\n  query CountriesIndex {\n    countries {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CountriesIndexDocument,
    "\n  fragment CountryNetworkFields on Network {\n    code\n    name\n    fullName\n    authorities(filter: $authorities, first: 50) {\n      totalCount\n      nodes {\n        ...AuthorityDetail\n      }\n    }\n    contactPoints(filter: $contactPoints, first: 20) {\n      totalCount\n      nodes {\n        ...ContactPointSummary\n      }\n    }\n    workingGroups(first: 20) {\n      nodes {\n        ...WorkingGroupItem\n      }\n    }\n    events(filter: $events, first: 10) {\n      nodes {\n        ...EventItem\n      }\n    }\n    resources(first: 20) {\n      nodes {\n        ...ResourceItem\n      }\n    }\n  }\n": typeof types.CountryNetworkFieldsFragmentDoc,
    "\n  query CountryView($code: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!, $events: EventFilter!) {\n    country(code: $code) {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n        fullName\n        countryProfile(country: $code) {\n          lastReviewedAt\n          measures {\n            ...MeasureFields\n          }\n        }\n        ...CountryNetworkFields\n      }\n    }\n  }\n": typeof types.CountryViewDocument,
    "\n  fragment ContactPointFacts on ContactPoint {\n    network {\n      code\n      name\n    }\n    email\n    phone\n    active\n    lastReviewedAt\n    appointedOn\n    termEndsOn\n    nationalCorrespondent\n    toolCorrespondent\n    successor {\n      id\n      fullName\n    }\n    predecessor {\n      id\n      fullName\n    }\n  }\n": typeof types.ContactPointFactsFragmentDoc,
    "\n  query ContactPointDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ContactPoint {\n        ...ContactPointSummary\n        ...ContactPointFacts\n      }\n    }\n  }\n": typeof types.ContactPointDetailDocument,
    "\n  query DirectorySearch($codes: [NetworkCode!], $filter: ContactPointFilter, $first: Int!) {\n    networks(codes: $codes) {\n      code\n      name\n      contactPoints(filter: $filter, first: $first) {\n        ...ContactPointPage\n      }\n    }\n  }\n": typeof types.DirectorySearchDocument,
    "\n  fragment ContactPointPage on ContactPointConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ContactPointSummary\n    }\n  }\n": typeof types.ContactPointPageFragmentDoc,
    "\n  query DirectoryNetworkPage($code: NetworkCode!, $filter: ContactPointFilter, $first: Int!, $after: String) {\n    network(code: $code) {\n      code\n      contactPoints(filter: $filter, first: $first, after: $after) {\n        ...ContactPointPage\n      }\n    }\n  }\n": typeof types.DirectoryNetworkPageDocument,
    "\n  query NetworkView($code: NetworkCode!, $events: EventFilter!) {\n    network(code: $code) {\n      code\n      name\n      fullName\n      region\n      memberships {\n        joined\n        country {\n          code\n          alpha2\n          name\n        }\n      }\n      workingGroups(first: 50) {\n        nodes {\n          ...WorkingGroupItem\n        }\n      }\n      events(filter: $events, first: 20) {\n        nodes {\n          ...EventItem\n        }\n      }\n      resources(first: 50) {\n        nodes {\n          ...ResourceItem\n        }\n      }\n    }\n  }\n": typeof types.NetworkViewDocument,
    "\n  query NetworksOverview {\n    networks {\n      code\n      name\n      fullName\n      region\n      memberships {\n        joined\n        country {\n          code\n          alpha2\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworksOverviewDocument,
    "\n  fragment WorkingGroupItem on WorkingGroup {\n    id\n    name\n    topic\n    description\n  }\n": typeof types.WorkingGroupItemFragmentDoc,
    "\n  fragment EventItem on NetworkEvent {\n    id\n    title\n    kind\n    startsOn\n    endsOn\n    place\n    country {\n      code\n      alpha2\n      name\n    }\n  }\n": typeof types.EventItemFragmentDoc,
    "\n  fragment ResourceItem on Resource {\n    id\n    title\n    kind\n    languages\n    topics\n    url\n    publishedOn\n  }\n": typeof types.ResourceItemFragmentDoc,
    "\n  fragment AuthorityDetail on Authority {\n    id\n    name\n    kind\n    measures\n    languages\n    channels\n    urgentContact\n    email\n    phone\n    website\n    address\n  }\n": typeof types.AuthorityDetailFragmentDoc,
    "\n  fragment ContactPointSummary on ContactPoint {\n    id\n    fullName\n    title\n    organization\n    roles\n    expertise\n    languages\n    available24x7\n    country {\n      code\n      alpha2\n      name\n    }\n  }\n": typeof types.ContactPointSummaryFragmentDoc,
    "\n  query MemberCountries {\n    countries {\n      code\n      alpha2\n      name\n    }\n  }\n": typeof types.MemberCountriesDocument,
    "\n  fragment MeasureFields on MeasureProfile {\n    measure\n    applicable\n    legalBasis\n    languages\n    dualCriminalityRequired\n    requirements\n    notes\n    lastReviewedAt\n    competentAuthority {\n      id\n      name\n    }\n  }\n": typeof types.MeasureFieldsFragmentDoc,
    "\n  query NetworkNames {\n    networks {\n      code\n      name\n      fullName\n    }\n  }\n": typeof types.NetworkNamesDocument,
};
const documents: Documents = {
    "\n  query AtlasAnswer($country: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!) {\n    country(code: $country) {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n        countryProfile(country: $country) {\n          lastReviewedAt\n          measures {\n            ...MeasureFields\n          }\n        }\n        authorities(filter: $authorities, first: 20) {\n          totalCount\n          nodes {\n            ...AuthorityDetail\n          }\n        }\n        contactPoints(filter: $contactPoints, first: 5) {\n          totalCount\n          nodes {\n            ...ContactPointSummary\n          }\n        }\n      }\n    }\n  }\n": types.AtlasAnswerDocument,
    "\n  query CountriesIndex {\n    countries {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n      }\n    }\n  }\n": types.CountriesIndexDocument,
    "\n  fragment CountryNetworkFields on Network {\n    code\n    name\n    fullName\n    authorities(filter: $authorities, first: 50) {\n      totalCount\n      nodes {\n        ...AuthorityDetail\n      }\n    }\n    contactPoints(filter: $contactPoints, first: 20) {\n      totalCount\n      nodes {\n        ...ContactPointSummary\n      }\n    }\n    workingGroups(first: 20) {\n      nodes {\n        ...WorkingGroupItem\n      }\n    }\n    events(filter: $events, first: 10) {\n      nodes {\n        ...EventItem\n      }\n    }\n    resources(first: 20) {\n      nodes {\n        ...ResourceItem\n      }\n    }\n  }\n": types.CountryNetworkFieldsFragmentDoc,
    "\n  query CountryView($code: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!, $events: EventFilter!) {\n    country(code: $code) {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n        fullName\n        countryProfile(country: $code) {\n          lastReviewedAt\n          measures {\n            ...MeasureFields\n          }\n        }\n        ...CountryNetworkFields\n      }\n    }\n  }\n": types.CountryViewDocument,
    "\n  fragment ContactPointFacts on ContactPoint {\n    network {\n      code\n      name\n    }\n    email\n    phone\n    active\n    lastReviewedAt\n    appointedOn\n    termEndsOn\n    nationalCorrespondent\n    toolCorrespondent\n    successor {\n      id\n      fullName\n    }\n    predecessor {\n      id\n      fullName\n    }\n  }\n": types.ContactPointFactsFragmentDoc,
    "\n  query ContactPointDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ContactPoint {\n        ...ContactPointSummary\n        ...ContactPointFacts\n      }\n    }\n  }\n": types.ContactPointDetailDocument,
    "\n  query DirectorySearch($codes: [NetworkCode!], $filter: ContactPointFilter, $first: Int!) {\n    networks(codes: $codes) {\n      code\n      name\n      contactPoints(filter: $filter, first: $first) {\n        ...ContactPointPage\n      }\n    }\n  }\n": types.DirectorySearchDocument,
    "\n  fragment ContactPointPage on ContactPointConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ContactPointSummary\n    }\n  }\n": types.ContactPointPageFragmentDoc,
    "\n  query DirectoryNetworkPage($code: NetworkCode!, $filter: ContactPointFilter, $first: Int!, $after: String) {\n    network(code: $code) {\n      code\n      contactPoints(filter: $filter, first: $first, after: $after) {\n        ...ContactPointPage\n      }\n    }\n  }\n": types.DirectoryNetworkPageDocument,
    "\n  query NetworkView($code: NetworkCode!, $events: EventFilter!) {\n    network(code: $code) {\n      code\n      name\n      fullName\n      region\n      memberships {\n        joined\n        country {\n          code\n          alpha2\n          name\n        }\n      }\n      workingGroups(first: 50) {\n        nodes {\n          ...WorkingGroupItem\n        }\n      }\n      events(filter: $events, first: 20) {\n        nodes {\n          ...EventItem\n        }\n      }\n      resources(first: 50) {\n        nodes {\n          ...ResourceItem\n        }\n      }\n    }\n  }\n": types.NetworkViewDocument,
    "\n  query NetworksOverview {\n    networks {\n      code\n      name\n      fullName\n      region\n      memberships {\n        joined\n        country {\n          code\n          alpha2\n          name\n        }\n      }\n    }\n  }\n": types.NetworksOverviewDocument,
    "\n  fragment WorkingGroupItem on WorkingGroup {\n    id\n    name\n    topic\n    description\n  }\n": types.WorkingGroupItemFragmentDoc,
    "\n  fragment EventItem on NetworkEvent {\n    id\n    title\n    kind\n    startsOn\n    endsOn\n    place\n    country {\n      code\n      alpha2\n      name\n    }\n  }\n": types.EventItemFragmentDoc,
    "\n  fragment ResourceItem on Resource {\n    id\n    title\n    kind\n    languages\n    topics\n    url\n    publishedOn\n  }\n": types.ResourceItemFragmentDoc,
    "\n  fragment AuthorityDetail on Authority {\n    id\n    name\n    kind\n    measures\n    languages\n    channels\n    urgentContact\n    email\n    phone\n    website\n    address\n  }\n": types.AuthorityDetailFragmentDoc,
    "\n  fragment ContactPointSummary on ContactPoint {\n    id\n    fullName\n    title\n    organization\n    roles\n    expertise\n    languages\n    available24x7\n    country {\n      code\n      alpha2\n      name\n    }\n  }\n": types.ContactPointSummaryFragmentDoc,
    "\n  query MemberCountries {\n    countries {\n      code\n      alpha2\n      name\n    }\n  }\n": types.MemberCountriesDocument,
    "\n  fragment MeasureFields on MeasureProfile {\n    measure\n    applicable\n    legalBasis\n    languages\n    dualCriminalityRequired\n    requirements\n    notes\n    lastReviewedAt\n    competentAuthority {\n      id\n      name\n    }\n  }\n": types.MeasureFieldsFragmentDoc,
    "\n  query NetworkNames {\n    networks {\n      code\n      name\n      fullName\n    }\n  }\n": types.NetworkNamesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AtlasAnswer($country: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!) {\n    country(code: $country) {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n        countryProfile(country: $country) {\n          lastReviewedAt\n          measures {\n            ...MeasureFields\n          }\n        }\n        authorities(filter: $authorities, first: 20) {\n          totalCount\n          nodes {\n            ...AuthorityDetail\n          }\n        }\n        contactPoints(filter: $contactPoints, first: 5) {\n          totalCount\n          nodes {\n            ...ContactPointSummary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AtlasAnswer($country: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!) {\n    country(code: $country) {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n        countryProfile(country: $country) {\n          lastReviewedAt\n          measures {\n            ...MeasureFields\n          }\n        }\n        authorities(filter: $authorities, first: 20) {\n          totalCount\n          nodes {\n            ...AuthorityDetail\n          }\n        }\n        contactPoints(filter: $contactPoints, first: 5) {\n          totalCount\n          nodes {\n            ...ContactPointSummary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountriesIndex {\n    countries {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountriesIndex {\n    countries {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountryNetworkFields on Network {\n    code\n    name\n    fullName\n    authorities(filter: $authorities, first: 50) {\n      totalCount\n      nodes {\n        ...AuthorityDetail\n      }\n    }\n    contactPoints(filter: $contactPoints, first: 20) {\n      totalCount\n      nodes {\n        ...ContactPointSummary\n      }\n    }\n    workingGroups(first: 20) {\n      nodes {\n        ...WorkingGroupItem\n      }\n    }\n    events(filter: $events, first: 10) {\n      nodes {\n        ...EventItem\n      }\n    }\n    resources(first: 20) {\n      nodes {\n        ...ResourceItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CountryNetworkFields on Network {\n    code\n    name\n    fullName\n    authorities(filter: $authorities, first: 50) {\n      totalCount\n      nodes {\n        ...AuthorityDetail\n      }\n    }\n    contactPoints(filter: $contactPoints, first: 20) {\n      totalCount\n      nodes {\n        ...ContactPointSummary\n      }\n    }\n    workingGroups(first: 20) {\n      nodes {\n        ...WorkingGroupItem\n      }\n    }\n    events(filter: $events, first: 10) {\n      nodes {\n        ...EventItem\n      }\n    }\n    resources(first: 20) {\n      nodes {\n        ...ResourceItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryView($code: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!, $events: EventFilter!) {\n    country(code: $code) {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n        fullName\n        countryProfile(country: $code) {\n          lastReviewedAt\n          measures {\n            ...MeasureFields\n          }\n        }\n        ...CountryNetworkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountryView($code: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!, $events: EventFilter!) {\n    country(code: $code) {\n      code\n      alpha2\n      name\n      networks {\n        code\n        name\n        fullName\n        countryProfile(country: $code) {\n          lastReviewedAt\n          measures {\n            ...MeasureFields\n          }\n        }\n        ...CountryNetworkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactPointFacts on ContactPoint {\n    network {\n      code\n      name\n    }\n    email\n    phone\n    active\n    lastReviewedAt\n    appointedOn\n    termEndsOn\n    nationalCorrespondent\n    toolCorrespondent\n    successor {\n      id\n      fullName\n    }\n    predecessor {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ContactPointFacts on ContactPoint {\n    network {\n      code\n      name\n    }\n    email\n    phone\n    active\n    lastReviewedAt\n    appointedOn\n    termEndsOn\n    nationalCorrespondent\n    toolCorrespondent\n    successor {\n      id\n      fullName\n    }\n    predecessor {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPointDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ContactPoint {\n        ...ContactPointSummary\n        ...ContactPointFacts\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactPointDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ContactPoint {\n        ...ContactPointSummary\n        ...ContactPointFacts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySearch($codes: [NetworkCode!], $filter: ContactPointFilter, $first: Int!) {\n    networks(codes: $codes) {\n      code\n      name\n      contactPoints(filter: $filter, first: $first) {\n        ...ContactPointPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorySearch($codes: [NetworkCode!], $filter: ContactPointFilter, $first: Int!) {\n    networks(codes: $codes) {\n      code\n      name\n      contactPoints(filter: $filter, first: $first) {\n        ...ContactPointPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactPointPage on ContactPointConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ContactPointSummary\n    }\n  }\n"): (typeof documents)["\n  fragment ContactPointPage on ContactPointConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ContactPointSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryNetworkPage($code: NetworkCode!, $filter: ContactPointFilter, $first: Int!, $after: String) {\n    network(code: $code) {\n      code\n      contactPoints(filter: $filter, first: $first, after: $after) {\n        ...ContactPointPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryNetworkPage($code: NetworkCode!, $filter: ContactPointFilter, $first: Int!, $after: String) {\n    network(code: $code) {\n      code\n      contactPoints(filter: $filter, first: $first, after: $after) {\n        ...ContactPointPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkView($code: NetworkCode!, $events: EventFilter!) {\n    network(code: $code) {\n      code\n      name\n      fullName\n      region\n      memberships {\n        joined\n        country {\n          code\n          alpha2\n          name\n        }\n      }\n      workingGroups(first: 50) {\n        nodes {\n          ...WorkingGroupItem\n        }\n      }\n      events(filter: $events, first: 20) {\n        nodes {\n          ...EventItem\n        }\n      }\n      resources(first: 50) {\n        nodes {\n          ...ResourceItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkView($code: NetworkCode!, $events: EventFilter!) {\n    network(code: $code) {\n      code\n      name\n      fullName\n      region\n      memberships {\n        joined\n        country {\n          code\n          alpha2\n          name\n        }\n      }\n      workingGroups(first: 50) {\n        nodes {\n          ...WorkingGroupItem\n        }\n      }\n      events(filter: $events, first: 20) {\n        nodes {\n          ...EventItem\n        }\n      }\n      resources(first: 50) {\n        nodes {\n          ...ResourceItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworksOverview {\n    networks {\n      code\n      name\n      fullName\n      region\n      memberships {\n        joined\n        country {\n          code\n          alpha2\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworksOverview {\n    networks {\n      code\n      name\n      fullName\n      region\n      memberships {\n        joined\n        country {\n          code\n          alpha2\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingGroupItem on WorkingGroup {\n    id\n    name\n    topic\n    description\n  }\n"): (typeof documents)["\n  fragment WorkingGroupItem on WorkingGroup {\n    id\n    name\n    topic\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventItem on NetworkEvent {\n    id\n    title\n    kind\n    startsOn\n    endsOn\n    place\n    country {\n      code\n      alpha2\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EventItem on NetworkEvent {\n    id\n    title\n    kind\n    startsOn\n    endsOn\n    place\n    country {\n      code\n      alpha2\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceItem on Resource {\n    id\n    title\n    kind\n    languages\n    topics\n    url\n    publishedOn\n  }\n"): (typeof documents)["\n  fragment ResourceItem on Resource {\n    id\n    title\n    kind\n    languages\n    topics\n    url\n    publishedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorityDetail on Authority {\n    id\n    name\n    kind\n    measures\n    languages\n    channels\n    urgentContact\n    email\n    phone\n    website\n    address\n  }\n"): (typeof documents)["\n  fragment AuthorityDetail on Authority {\n    id\n    name\n    kind\n    measures\n    languages\n    channels\n    urgentContact\n    email\n    phone\n    website\n    address\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactPointSummary on ContactPoint {\n    id\n    fullName\n    title\n    organization\n    roles\n    expertise\n    languages\n    available24x7\n    country {\n      code\n      alpha2\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ContactPointSummary on ContactPoint {\n    id\n    fullName\n    title\n    organization\n    roles\n    expertise\n    languages\n    available24x7\n    country {\n      code\n      alpha2\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberCountries {\n    countries {\n      code\n      alpha2\n      name\n    }\n  }\n"): (typeof documents)["\n  query MemberCountries {\n    countries {\n      code\n      alpha2\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureFields on MeasureProfile {\n    measure\n    applicable\n    legalBasis\n    languages\n    dualCriminalityRequired\n    requirements\n    notes\n    lastReviewedAt\n    competentAuthority {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureFields on MeasureProfile {\n    measure\n    applicable\n    legalBasis\n    languages\n    dualCriminalityRequired\n    requirements\n    notes\n    lastReviewedAt\n    competentAuthority {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkNames {\n    networks {\n      code\n      name\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query NetworkNames {\n    networks {\n      code\n      name\n      fullName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;