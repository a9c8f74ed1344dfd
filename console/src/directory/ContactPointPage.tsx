import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { graphql } from '../__generated__';
import { isForbidden } from '../ui/errors';
import { Page } from '../ui/Page';
import { graphQLErrors, QueryStatus } from '../ui/QueryStatus';
import { Restricted } from '../ui/Restricted';
import { ContactPointFacts } from './ContactPointFacts';

const ContactPointQuery = graphql(`
  query ContactPointDetail($id: ID!) {
    node(id: $id) {
      id
      ... on ContactPoint {
        ...ContactPointSummary
        ...ContactPointFacts
      }
    }
  }
`);

/** One contact point: what the caller may see of it; what they may not see is said, not hidden. */
export function Component() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const { data, error, loading } = useQuery(ContactPointQuery, { variables: { id } });
  const errors = graphQLErrors(error);
  const node = data?.node;
  const cp = node && 'fullName' in node ? node : null;

  if (!cp) {
    const forbidden = isForbidden(errors, ['node']);
    const titleId = loading
      ? 'status.loading'
      : forbidden
        ? 'contactPoint.restricted.title'
        : 'contactPoint.notFound.title';
    return (
      <Page title={intl.formatMessage({ id: titleId })}>
        <QueryStatus errors={[error]} loading={loading} />
        {!loading && forbidden && <Restricted audience="members" />}
        {!loading && !forbidden && !error && (
          <p>
            <FormattedMessage id="contactPoint.notFound.body" />
          </p>
        )}
        <p>
          <Link to="/">
            <FormattedMessage id="contactPoint.backToDirectory" />
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={cp.fullName} lead={[cp.title, cp.organization].filter(Boolean).join(', ')}>
      <QueryStatus errors={[error]} />
      <ContactPointFacts
        contactPoint={cp}
        emailForbidden={isForbidden(errors, ['node', 'email'])}
        phoneForbidden={isForbidden(errors, ['node', 'phone'])}
      />
      <p>
        <Link to="/">
          <FormattedMessage id="contactPoint.backToDirectory" />
        </Link>
      </p>
    </Page>
  );
}
