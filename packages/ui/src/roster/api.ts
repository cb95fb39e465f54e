/**
 * Server state of the roster editor (花名册): a page of a unit's roster, the writes (add, edit,
 * 调出/退休), Excel for a school, and the 学年名册结转 (rosterRolloverStatus / carryOverRoster).
 * queryOptions factories with hierarchical keys; every write invalidates what it makes stale.
 */
import { schoolYearShort } from "@edu2035/domain";
import {
  AddStaffDocument,
  type AddStaffInput,
  BackfillWindowsDocument,
  CarryOverRosterDocument,
  EditableSchoolYearsDocument,
  ExportStaffExcelDocument,
  execute,
  ImportStaffExcelDocument,
  type OrgUnitInput,
  RosterPageDocument,
  RosterRolloverStatusDocument,
  StaffExcelTemplateDocument,
  type StaffFilter,
  StaffLeaveDocument,
  type StaffPatch,
  type StaffStatus,
  StatisticalYearListDocument,
  UpdateStaffDocument,
} from "@edu2035/graphql";
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unitKey } from "../queries.ts";
import { useToken } from "../session.tsx";

/** queryOptions of a page of the editable roster: key ["roster", schoolYear, filter, page, pageSize]. */
export const rosterQuery = (token: string, filter: StaffFilter, page: number, pageSize: number) =>
  queryOptions({
    queryKey: ["roster", filter.schoolYear, filter, page, pageSize],
    queryFn: ({ signal }) =>
      execute(RosterPageDocument, { filter, page, pageSize }, { token, signal }).then((d) => d.staff),
  });

/** A page of a roster (RosterPage operation), keeping the previous page while the next loads. */
export function useRoster(filter: StaffFilter, page: number, pageSize: number) {
  const token = useToken();
  return useQuery({ ...rosterQuery(token, filter, page, pageSize), placeholderData: keepPreviousData });
}

/**
 * queryOptions of where rosters stand before a 学年名册结转 into `schoolYear`
 * (rosterRolloverStatus: per roster, last year's 在岗 and this year's records):
 * key ["rosterRollover", level, id, schoolYear, includeSchools].
 */
export const rosterRolloverQuery = (
  token: string,
  unit: OrgUnitInput,
  schoolYear: number,
  includeSchools = false,
) =>
  queryOptions({
    queryKey: ["rosterRollover", ...unitKey(unit), schoolYear, includeSchools],
    queryFn: ({ signal }) =>
      execute(RosterRolloverStatusDocument, { unit, schoolYear, includeSchools }, { token, signal }).then(
        (d) => d.rosterRolloverStatus,
      ),
  });

/** Where the rosters of `unit` stand for a rollover into `schoolYear` (see rosterRolloverQuery). */
export function useRosterRollover(unit: OrgUnitInput, schoolYear: number, includeSchools = false) {
  const token = useToken();
  return useQuery(rosterRolloverQuery(token, unit, schoolYear, includeSchools));
}

/** After a roster write: the roster, the read-only staff lists, the counts and the rollover status are stale. */
function useInvalidateStaff() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [["roster"], ["staff"], ["staffingSummary"], ["targetResults"], ["rosterRollover"]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/** addStaff: a person added to a roster (input.schoolYear: a 补录 year; omitted, the current one); answers the saved record. */
export function useAddStaff() {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: AddStaffInput) =>
      execute(AddStaffDocument, { input }, { token }).then((d) => d.addStaff.staff),
    onSuccess: invalidate,
  });
}

/** updateStaff: the fields given changed, naming the version read (stale → CONFLICT). */
export function useUpdateStaff() {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (v: { id: string; version: number; patch: StaffPatch }) =>
      execute(UpdateStaffDocument, v, { token }).then((d) => d.updateStaff.staff),
    onSuccess: invalidate,
  });
}

/** staffLeave: 调出 / 退休 on a date; the record stays as history. */
export function useStaffLeave() {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (v: { id: string; version: number; status: StaffStatus; leftOn: string }) =>
      execute(StaffLeaveDocument, v, { token }).then((d) => d.staffLeave.staff),
    onSuccess: invalidate,
  });
}

/**
 * carryOverRoster: 学年名册结转 of `unit` into a school year (everyone 在岗 last year carried;
 * people already on the new roster kept as they are). `includeSchools`: a district's schools too.
 * Answers the RosterRolloverPayload (carried, alreadyOnRoster, per roster).
 */
export function useCarryOverRoster() {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (v: { unit: OrgUnitInput; schoolYear: number; includeSchools?: boolean }) =>
      execute(
        CarryOverRosterDocument,
        { unit: v.unit, schoolYear: v.schoolYear, includeSchools: v.includeSchools ?? false },
        { token },
      ).then((d) => d.carryOverRoster),
    onSuccess: invalidate,
  });
}

/**
 * queryOptions of the school years whose roster a school may enter now (editableSchoolYears:
 * the current one and every past year with an open 补录 window for it, newest first):
 * key ["backfill", "editableYears", schoolId].
 */
export const editableSchoolYearsQuery = (token: string, schoolId: string) =>
  queryOptions({
    queryKey: ["backfill", "editableYears", schoolId],
    queryFn: ({ signal }) =>
      execute(EditableSchoolYearsDocument, { schoolId }, { token, signal }).then(
        (d) => d.editableSchoolYears,
      ),
  });

/** The school years a school's roster may be entered for now (see editableSchoolYearsQuery). */
export function useEditableSchoolYears(schoolId: string | null) {
  const token = useToken();
  return useQuery({ ...editableSchoolYearsQuery(token, schoolId ?? ""), enabled: Boolean(schoolId) });
}

/**
 * The open 补录 window of a school for a past school year, if any (the one whose 截止时间 comes
 * last: a window of the school itself, or of its whole district): key ["backfill", "open",
 * schoolYear]. Null when none is open.
 */
export function useOpenBackfillWindow(schoolId: string | null, schoolYear: number, enabled: boolean) {
  const token = useToken();
  return useQuery({
    queryKey: ["backfill", "open", schoolYear],
    queryFn: ({ signal }) =>
      execute(BackfillWindowsDocument, { schoolYear, openOnly: true }, { token, signal }).then(
        (d) => d.backfillWindows,
      ),
    enabled: enabled && Boolean(schoolId),
    select: (windows) =>
      windows
        .filter((w) => w.open && (w.school ? w.school.id === schoolId : true))
        .sort((a, b) => b.closesAt.localeCompare(a.closesAt))[0] ?? null,
  });
}

/**
 * Whether a school year is published (已发布, 封账): its rosters are then read-only until the city
 * reopens it (the API refuses every write on schoolYear). From statisticalYears, key
 * ["statisticalYears"] (shared with the pages that show the years' states). `publishedVersion`:
 * the published version (1, 2 …), or null when the year is not locked (or not known yet);
 * `years`: every statistical year listed (for the year picker).
 */
export function useYearLock(schoolYear: number): { publishedVersion: number | null; years: number[] } {
  const token = useToken();
  const { data } = useQuery({
    queryKey: ["statisticalYears"],
    queryFn: ({ signal }) =>
      execute(StatisticalYearListDocument, {}, { token, signal }).then((d) => d.statisticalYears),
  });
  const year = data?.find((y) => y.schoolYear === schoolYear);
  return {
    publishedVersion: year?.state === "PUBLISHED" ? (year.publishedVersion ?? 1) : null,
    years: (data ?? []).map((y) => y.schoolYear),
  };
}

/**
 * 下载模板 / 导出 / 导入 of a school's roster as .xlsx (the API checks every row; nothing saved
 * on errors). The import goes into `schoolYear`'s roster: the current year, or a past year open
 * for 补录 (the API refuses any other); the template and the export are named for that year.
 */
export function useStaffExcel(schoolId: string, schoolYear: number) {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return {
    // the template is the same every year; its file is named for the year it is downloaded for
    // (X-教职工花名册导入模板.xlsx → X-2024—2025-教职工花名册导入模板.xlsx, as the export names it)
    template: () =>
      execute(StaffExcelTemplateDocument, { schoolId }, { token }).then((d) => ({
        ...d.staffExcelTemplate,
        filename: d.staffExcelTemplate.filename.replace(/-(?=[^-]*$)/, `-${schoolYearShort(schoolYear)}-`),
      })),
    exportFile: () =>
      execute(ExportStaffExcelDocument, { schoolId, schoolYear }, { token }).then((d) => d.exportStaffExcel),
    // mode UPDATE: rows matched to the roster update it; the confirmation sends back the dry
    // run's rosterVersion, so a roster changed in between is refused (CONFLICT), not overwritten
    importFile: async (
      contentBase64: string,
      dryRun: boolean,
      mode?: string,
      checked?: { rosterVersion?: string | null },
    ) => {
      const r = (
        await execute(
          ImportStaffExcelDocument,
          {
            schoolId,
            schoolYear,
            contentBase64,
            dryRun,
            mode: mode === "UPDATE" ? "UPDATE" : "ADD_ONLY",
            rosterVersion: dryRun ? null : (checked?.rosterVersion ?? null),
          },
          { token },
        )
      ).importStaffExcel;
      if (r.saved) await invalidate();
      return r;
    },
  };
}
