import {
  ConfirmRegisterEmptyDocument,
  CreateRegisterEntryDocument,
  DeleteRegisterEntryDocument,
  execute,
  RegisterConfirmationsDocument,
  RegisterEntriesDocument,
  type RegisterEntryInput,
  type RegisterKind,
  RegisterKindsDocument,
  UpdateRegisterEntryDocument,
  WithdrawRegisterConfirmationDocument,
} from "@edu2035/graphql";
import { useToken } from "@edu2035/ui";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/** The register kind catalogue: key ["registerKinds"]. */
export const registerKindsQuery = (token: string) =>
  queryOptions({
    queryKey: ["registerKinds"],
    queryFn: ({ signal }) =>
      execute(RegisterKindsDocument, {}, { token, signal }).then((d) => d.registerKinds),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Entries of one kind (every year): key ["registerEntries", kind]. */
export const registerEntriesQuery = (token: string, kind: RegisterKind | null) =>
  queryOptions({
    queryKey: ["registerEntries", kind ?? "all"],
    queryFn: ({ signal }) =>
      execute(RegisterEntriesDocument, { filter: kind ? { kind } : null }, { token, signal }).then(
        (d) => d.registerEntries,
      ),
  });

export function useRegisterKinds() {
  const token = useToken();
  return useQuery(registerKindsQuery(token));
}

export function useRegisterEntries(kind: RegisterKind | null) {
  const token = useToken();
  return useQuery(registerEntriesQuery(token, kind));
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["registerEntries"] }),
      // an entry written withdraws the 确认本年度无此类事项 of the years it changes
      queryClient.invalidateQueries({ queryKey: ["registerConfirmations"] }),
      queryClient.invalidateQueries({ queryKey: ["targetResults"] }),
    ]);
}

export function useSaveRegisterEntry() {
  const token = useToken();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (v: { id?: string; version?: number; input: RegisterEntryInput }) =>
      v.id && v.version !== undefined
        ? (
            await execute(
              UpdateRegisterEntryDocument,
              { id: v.id, version: v.version, input: v.input },
              { token },
            )
          ).updateRegisterEntry.entry
        : (await execute(CreateRegisterEntryDocument, { input: v.input }, { token })).createRegisterEntry
            .entry,
    onSuccess: invalidate,
  });
}

export function useDeleteRegisterEntry() {
  const token = useToken();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string; version: number }) => execute(DeleteRegisterEntryDocument, v, { token }),
    onSuccess: invalidate,
  });
}

/** 确认本年度无此类事项 of a school year: key ["registerConfirmations", schoolYear]. */
export const registerConfirmationsQuery = (token: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["registerConfirmations", schoolYear],
    queryFn: ({ signal }) =>
      execute(RegisterConfirmationsDocument, { schoolYear }, { token, signal }).then(
        (d) => d.registerConfirmations,
      ),
  });

export function useRegisterConfirmations(schoolYear: number) {
  const token = useToken();
  return useQuery(registerConfirmationsQuery(token, schoolYear));
}

/** Confirm (confirm: true) or withdraw a kind's 本年度无此类事项 of a school year. */
export function useConfirmRegisterEmpty() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { kind: RegisterKind; schoolYear: number; confirm: boolean }): Promise<void> => {
      const args = { kind: v.kind, schoolYear: v.schoolYear };
      if (v.confirm) await execute(ConfirmRegisterEmptyDocument, args, { token });
      else await execute(WithdrawRegisterConfirmationDocument, args, { token });
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["registerConfirmations"] }),
        queryClient.invalidateQueries({ queryKey: ["targetResults"] }),
      ]),
  });
}
