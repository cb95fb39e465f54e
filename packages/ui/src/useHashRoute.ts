import { useCallback, useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/**
 * The current page from the location hash (#/targets), one of `keys`; `fallback` otherwise.
 * Enough routing for a few menu pages without a router dependency.
 */
export function useHashRoute<K extends string>(keys: readonly K[], fallback: K): [K, (key: K) => void] {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => "",
  );
  const current = hash.replace(/^#\/?/, "") as K;
  const key = keys.includes(current) ? current : fallback;
  const navigate = useCallback((next: K) => {
    window.location.hash = `/${next}`;
  }, []);
  return [key, navigate];
}
