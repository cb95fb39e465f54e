import { CityInputsDocument, type CityInputsInput, execute, SaveCityInputsDocument } from "@edu2035/graphql";
import { useToken } from "@edu2035/ui";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/** The city's figures of a school year: key ["cityInputs", schoolYear]. */
export const cityInputsQuery = (token: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["cityInputs", schoolYear],
    queryFn: ({ signal }) =>
      execute(CityInputsDocument, { schoolYear }, { token, signal }).then((d) => d.cityInputs),
  });

export function useCityInputs(schoolYear: number) {
  const token = useToken();
  return useQuery(cityInputsQuery(token, schoolYear));
}

export function useSaveCityInputs() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CityInputsInput) =>
      execute(SaveCityInputsDocument, { input }, { token }).then((d) => d.saveCityInputs.cityInputs),
    onSuccess: (saved) => {
      queryClient.setQueryData(cityInputsQuery(token, saved.schoolYear).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ["targetResults"] });
    },
  });
}
