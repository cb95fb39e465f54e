import { schoolsQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** The schools of the viewer's district (the API answers only schools in scope). */
export function useOwnSchools(districtId: string) {
  const token = useToken();
  return useQuery(schoolsQuery(token, districtId));
}
