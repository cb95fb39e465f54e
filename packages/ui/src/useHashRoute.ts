import { useCallback, useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/**
 * The current page from the location hash (#/targets), one of `keys`; `fallback` otherwise.
 * Enough routing for a few menu pages without a router dependency.
 */
export function useHashRoute<K extends string>(
  keys: readonly K[],
  fallback: K,
): [K, (key: K, query?: string) => void] {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => "",
  );
  const current = hash.replace(/^#\/?/, "").split("?")[0] as K;
  const key = keys.includes(current) ? current : fallback;
  const navigate = useCallback((next: K, query?: string) => {
    window.location.hash = query ? `/${next}?${query}` : `/${next}`;
  }, []);
  return [key, navigate];
}

/** An integer parameter of the location hash's query (#/review?schoolYear=2025); undefined without one. */
export function hashIntParam(name: string): number | undefined {
  if (typeof window === "undefined") return undefined;
  const query = window.location.hash.split("?")[1];
  const value = query ? new URLSearchParams(query).get(name) : null;
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}
