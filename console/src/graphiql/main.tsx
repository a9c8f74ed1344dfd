// Monaco's workers as Vite-built files from this origin (the CSP allows no blob: or CDN workers).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The self-hosted GraphiQL served at /graphiql in development: everything from this origin.
 * Anonymous by default; for more, put a token from `npm run token` in the headers tab as {"authorization": "Bearer …"}.
 */
const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} />
  </StrictMode>,
);
