import { districtsQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** The city's districts with their schools. */
export function useDistricts() {
  const token = useToken();
  return useQuery(districtsQuery(token));
}
