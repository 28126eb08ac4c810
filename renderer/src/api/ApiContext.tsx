import { createContext, useContext, type ReactNode } from 'react';
import type { BriefingApi } from '../../../electron/common/api';

const ApiContext = createContext<BriefingApi | undefined>(undefined);

export function ApiProvider({ api, children }: { api: BriefingApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): BriefingApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>.');
  return api;
}
