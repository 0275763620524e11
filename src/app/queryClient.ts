import { QueryClient } from "@tanstack/react-query";

/** A QueryClient for the static datasets: fetched once, never refetched behind the reader's back. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 } },
  });
}
