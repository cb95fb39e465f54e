/**
 * The 监测报告 as one self-contained HTML document for printing to PDF (browser.ts htmlToPdf):
 * the same model as the .docx — cover, 目录 (chapter and section titles), chapters, tables,
 * charts inline as SVG. Every text is escaped; nothing is loaded from the network.
 */
import type { ReportBlock, ReportModel } from "./model.ts";

export const PDF_MIME_TYPE = "application/pdf";

/** Text escaped for HTML content and attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
@page { size: A4; }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'SimSun', serif; font-size: 10.5pt; color: #000; }
h1 { font-size: 16pt; margin: 0 0 10pt; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; }
.chapter { break-before: page; }
.brief h1 { text-align: center; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
.cover .title { font-size: 24pt; font-weight: bold; margin-bottom: 40mm; }
.cover p { font-size: 14pt; margin: 4pt; }
.warning { color: #c00000; font-weight: bold; }
.note { color: #595959; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9pt; }
th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #ddebf7; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.caption { font-weight: bold; margin-top: 6pt; }
.chart { text-align: center; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
.toc li { margin: 2pt 0; }
`;

function block(b: ReportBlock, charts: ReadonlyMap<string, string>): string {
  switch (b.kind) {
    case "heading":
      return `<h2>${escapeHtml(b.text)}</h2>`;
    case "paragraph":
      return `<p${b.tone ? ` class="${b.tone}"` : ""}>${escapeHtml(b.text)}</p>`;
    case "table":
      return `<div class="caption">${escapeHtml(b.caption)}</div><table><thead><tr>${b.columns
        .map((c) => `<th>${escapeHtml(c)}</th>`)
        .join("")}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table>`;
    case "chart": {
      // the SVG is ECharts' own output (charts.ts), not user text
      const svg = charts.get(b.chart.id);
      return svg ? `<div class="chart">${svg}</div>` : "";
    }
  }
}

/** The report as HTML; `charts` holds each chart block's SVG by chart id. */
export function reportHtml(model: ReportModel, charts: ReadonlyMap<string, string>): string {
  const warning = model.final ? "" : "预览：该学年尚未发布，本报告数据为暂定，不作为正式结论";
  const head = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(model.title)}</title><style>${STYLE}</style></head>`;
  if (model.kind === "brief") {
    return `${head}<body class="brief"><h1>${escapeHtml(model.title)}</h1><p class="note">${escapeHtml(
      `${model.dataState}　生成日期：${model.generatedOn}`,
    )}</p>${warning ? `<p class="warning">${escapeHtml(warning)}</p>` : ""}${model.chapters
      .map((c) => `<h2>${escapeHtml(c.title)}</h2>${c.blocks.map((b) => block(b, charts)).join("")}`)
      .join("")}</body></html>`;
  }
  const cover = `<section class="cover"><div class="title">《${escapeHtml(model.title)}》</div><p>${escapeHtml(
    model.author,
  )}</p><p>${escapeHtml(model.dataState)}</p><p>生成日期：${escapeHtml(model.generatedOn)}</p>${
    warning ? `<p class="warning">${escapeHtml(warning)}</p>` : ""
  }</section>`;
  const toc = `<section class="chapter"><h1>目录</h1><ol class="toc">${model.chapters
    .map(
      (c) =>
        `<li>${escapeHtml(c.title)}<ul>${c.blocks
          .filter((b) => b.kind === "heading")
          .map((b) => `<li>${escapeHtml((b as { text: string }).text)}</li>`)
          .join("")}</ul></li>`,
    )
    .join("")}</ol></section>`;
  const chapters = model.chapters
    .map(
      (c) =>
        `<section class="chapter"><h1>${escapeHtml(c.title)}</h1>${c.blocks.map((b) => block(b, charts)).join("")}</section>`,
    )
    .join("");
  return `${head}<body>${cover}${toc}${chapters}</body></html>`;
}
