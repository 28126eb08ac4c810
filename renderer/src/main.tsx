// oxlint-disable-next-line import/no-unassigned-import -- configures Zod before any schema module is evaluated
import './app/zodConfig';
// The shared sheets first, so a feature's own sheet (imported by its screen) comes after them and wins ties.
import 'pdfjs-dist/web/pdf_viewer.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiContext';
import { createClient, detectTransport } from './api/client';
import { AppRoot } from './app/AppRoot';

const api = createClient(detectTransport());
const queryClient = new QueryClient({
  defaultOptions: {
    // The library is local: a failure will not fix itself by retrying three times.
    queries: { retry: 1, refetchOnWindowFocus: false },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <AppRoot />
      </QueryClientProvider>
    </ApiProvider>
  </StrictMode>,
);
