/**
 * Browser-test steps of the city's 学年管理 page (apps/city features/years), shared by the city
 * app's years test and the statistical-year acceptance test so the two drive the page the same
 * way: the open modal, the year's detail panel, its 发布记录 rows, and the 发布 and 重新开放
 * dialogs (each step waits for the page's success message).
 */
import type { Locator, Page } from "playwright-core";

/**
 * The steps on the city page `pageOf()` answers (read at each step: tests open the page in
 * beforeAll), for the year labelled `label` (e.g. "2025—2026学年").
 */
export function yearsPageSteps(pageOf: () => Page, label: string) {
  /** The page's modal that is open. */
  const modal = (): Locator => pageOf().locator(".ant-modal-wrap:visible").first();
  /** The selected year's detail panel. */
  const detail = (): Locator => pageOf().getByTestId("year-detail");
  return {
    modal,
    detail,
    /** The rows of the 发布记录 tab, whitespace collapsed: "v2 当前 …", "v1 已被取代 …". */
    async publicationRows(): Promise<string[]> {
      await detail()
        .getByRole("tab", { name: /发布记录/ })
        .click();
      const rows = pageOf().getByTestId("publications-table").locator("tbody tr.ant-table-row");
      await rows.first().waitFor();
      return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
    },
    /**
     * With the 发布 dialog opened by the caller: checks it announces v`version`, fills the
     * 发布说明, confirms, and waits for "<label>已发布（v<version>）".
     */
    async confirmPublish(version: number, note: string): Promise<void> {
      await modal().getByText(`发布${label}（v${version}）`).waitFor();
      await modal().getByLabel("发布说明").fill(note);
      await modal()
        .getByRole("button", { name: /确认发布/ })
        .click();
      await pageOf().getByText(`${label}已发布（v${version}）`, { exact: true }).waitFor();
    },
    /**
     * With the 重新开放 dialog opened by the caller: fills the reason, confirms, and waits for
     * "<label>已重新开放".
     */
    async confirmReopen(reason: string): Promise<void> {
      await modal().getByText(`重新开放${label}`).waitFor();
      await modal().getByLabel("重新开放原因").fill(reason);
      await modal()
        .getByRole("button", { name: /重新开放/ })
        .click();
      await pageOf().getByText(`${label}已重新开放`, { exact: true }).waitFor();
    },
  };
}
