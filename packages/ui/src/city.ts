import { type CityFieldsFragment, execute, isApiError, PublicCityDocument } from "@edu2035/graphql";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { APP_LEVEL_SHORT_LABELS } from "./constants.ts";
import { useSession } from "./session.tsx";

/** 市: the names the apps show (bureau, plan), from the city record in the database. */
export type City = CityFieldsFragment;

/** The platform's name when the city is not known (before the first administrator set it up). */
export const NEUTRAL_PLATFORM_NAME = "教育现代化2035监测平台";

/**
 * The public city record (Query.city, no token needed) for the login page. Key ["publicCity"];
 * null before the first administrator set the city up. An error answered by the API also gives
 * null (the neutral titles): the login page must never fail, nor end a session, over its
 * titles; a network error is retried.
 */
export const publicCityQuery = () =>
  queryOptions({
    queryKey: ["publicCity"],
    queryFn: ({ signal }) =>
      execute(PublicCityDocument, {}, { signal }).then(
        (d) => d.city ?? null,
        (e: unknown) => {
          // network trouble is retried (the client's rule); any answer of the API is final
          if (isApiError(e) && e.code !== "NETWORK_ERROR") return null;
          throw e;
        },
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });

/**
 * The city this platform serves: the viewer's city when logged in, otherwise the public
 * Query.city (read once). Null while unknown, on an API error, or before the city is set up:
 * callers then show the neutral names ({@link platformName}).
 */
export function useCity(): City | null {
  const { viewer } = useSession();
  const publicCity = useQuery({ ...publicCityQuery(), enabled: !viewer });
  return viewer?.city ?? publicCity.data ?? null;
}

/** "<bureauName> · 教育现代化2035监测平台" (the city's bureau), or the neutral "教育现代化2035监测平台" without a city. */
export function platformName(city: City | null): string {
  return city ? `${city.bureauName} · ${NEUTRAL_PLATFORM_NAME}` : NEUTRAL_PLATFORM_NAME;
}

/**
 * Keeps the browser tab's title on the city's platform name and the app's level, e.g.
 * "<bureauName> · 教育现代化2035监测平台（市级）" (index.html carries the neutral one until then).
 */
export function useDocumentTitle(app: keyof typeof APP_LEVEL_SHORT_LABELS): void {
  const city = useCity();
  const title = `${platformName(city)}（${APP_LEVEL_SHORT_LABELS[app]}）`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The plan's title for page subtitles, the city record's planTitle; 《教育现代化2035》 without a city. */
export function usePlanTitle(): string {
  return useCity()?.planTitle ?? "《教育现代化2035》";
}
