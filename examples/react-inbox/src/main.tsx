import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

// ?kefu=<GraphQL URL> picks the server; ?token=<bearer token> skips the sign-in form.
const params = new URLSearchParams(location.search);
const url = params.get('kefu') ?? 'http://localhost:4000/graphql';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App url={url} initialToken={params.get('token') ?? sessionStorage.getItem('kefu:token')} />
  </StrictMode>,
);
