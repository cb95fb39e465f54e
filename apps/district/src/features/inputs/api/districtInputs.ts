import {
  DistrictInputsDocument,
  type DistrictInputsInput,
  execute,
  SaveDistrictInputsDocument,
} from "@edu2035/graphql";
import { useToken } from "@edu2035/ui";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/** A district's figures of a school year: key ["districtInputs", districtId, schoolYear]. */
export const districtInputsQuery = (token: string, districtId: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["districtInputs", districtId, schoolYear],
    queryFn: ({ signal }) =>
      execute(DistrictInputsDocument, { districtId, schoolYear }, { token, signal }).then(
        (d) => d.districtInputs,
      ),
  });

export function useDistrictInputs(districtId: string, schoolYear: number) {
  const token = useToken();
  return useQuery(districtInputsQuery(token, districtId, schoolYear));
}

export function useSaveDistrictInputs(districtId: string) {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DistrictInputsInput) =>
      execute(SaveDistrictInputsDocument, { districtId, input }, { token }).then(
        (d) => d.saveDistrictInputs.districtInputs,
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(districtInputsQuery(token, districtId, saved.schoolYear).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ["targetResults"] });
    },
  });
}
