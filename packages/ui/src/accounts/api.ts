/**
 * Server state of 账号管理 and 修改密码: the accounts a manager sees, the password policy, and
 * the writes (新建账号, 批量开通, 重置密码, 停用/启用). queryOptions factories with hierarchical
 * keys; every write invalidates ["accounts"].
 */
import {
  type AccountFilter,
  AccountsDocument,
  type AccountVersionInput,
  CreateAccountDocument,
  type CreateAccountInput,
  CreateSchoolAccountsDocument,
  execute,
  PasswordPolicyDocument,
  ResetPasswordDocument,
  SetAccountActiveDocument,
  type SetAccountActiveInput,
} from "@edu2035/graphql";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useToken } from "../session.tsx";

/** queryOptions of the accounts a manager sees (Query.accounts): key ["accounts", filter]. */
export const accountsQuery = (token: string, filter: AccountFilter) =>
  queryOptions({
    queryKey: ["accounts", filter],
    queryFn: ({ signal }) => execute(AccountsDocument, { filter }, { token, signal }).then((d) => d.accounts),
  });

/** The accounts of a filter (level, district, school). */
export function useAccounts(filter: AccountFilter) {
  return useQuery(accountsQuery(useToken(), filter));
}

/**
 * queryOptions of the password policy (密码规则: minimum length and the rules in Chinese, one per
 * line), readable while a password change is required. Key ["passwordPolicy"].
 */
export const passwordPolicyQuery = (token: string | null) =>
  queryOptions({
    queryKey: ["passwordPolicy"],
    queryFn: ({ signal }) =>
      execute(PasswordPolicyDocument, {}, { token, signal }).then((d) => d.passwordPolicy),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The account writes, each invalidating the account lists. Errors are the API's (ApiError). */
export function useAccountWrites() {
  const token = useToken();
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: ["accounts"] });
  return {
    /** 新建账号: the new account with its one-time password (shown once). */
    create: useMutation({
      mutationFn: (input: CreateAccountInput) =>
        execute(CreateAccountDocument, { input }, { token }).then((d) => d.createAccount),
      onSettled,
    }),
    /** 批量开通: one account per school (`s` + 学校标识码), the skipped schools and the .xlsx. */
    createForSchools: useMutation({
      mutationFn: (schoolIds: string[]) =>
        execute(CreateSchoolAccountsDocument, { input: { schoolIds } }, { token }).then(
          (d) => d.createSchoolAccounts,
        ),
      onSettled,
    }),
    /** 重置密码: a new one-time password (shown once); unlocks the account. */
    resetPassword: useMutation({
      mutationFn: (input: AccountVersionInput) =>
        execute(ResetPasswordDocument, { input }, { token }).then((d) => d.resetPassword),
      onSettled,
    }),
    /** 停用 / 启用. */
    setActive: useMutation({
      mutationFn: (input: SetAccountActiveInput) =>
        execute(SetAccountActiveDocument, { input }, { token }).then((d) => d.setAccountActive.account),
      onSettled,
    }),
  };
}
