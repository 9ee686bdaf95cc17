import { QueryClient } from '@tanstack/react-query'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // datasets are static documents: never refetch behind the reader's back
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  })
}
