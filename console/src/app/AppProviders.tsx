import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { AuthProvider } from '../auth/AuthProvider';
import { currentAccessToken } from '../auth/session';
import { I18nProvider } from '../i18n/I18nProvider';
import { createApolloClient } from './apollo';

export function AppProviders({ children }: { children: ReactNode }) {
  const [client] = useState(() => createApolloClient(currentAccessToken));
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <AuthProvider>{children}</AuthProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
