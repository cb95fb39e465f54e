/**
 * The 监测报告 as a Word document (.docx, the docx library): a cover (title in 《》, the bureau,
 * the data's state and date), a table of contents (a TOC field over the Heading 1–2 styles,
 * refreshed when Word opens the file: `features.updateFields`), one Heading 1 per chapter,
 * Heading 2 per section, the tables with a repeated header row, each chart as an SVG image with
 * its PNG fallback (Word 2016+ shows the SVG, older processors the PNG), and "第 N 页，共 M 页"
 * in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { CHART_HEIGHT, CHART_WIDTH } from "./charts.ts";
import type { ReportBlock, ReportModel } from "./model.ts";

export const DOCX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A chart ready for Word: its SVG and the PNG fallback. */
export interface ChartImage {
  svg: string;
  png: Buffer;
}

const FONT = { ascii: "Times New Roman", eastAsia: "宋体", hAnsi: "Times New Roman" };

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 18 })] })],
    shading: header ? { type: ShadingType.CLEAR, fill: "DDEBF7", color: "auto" } : undefined,
  });
}

function table(columns: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}

function block(b: ReportBlock, charts: ReadonlyMap<string, ChartImage>): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
    case "paragraph":
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: b.text,
              color: b.tone === "warning" ? "C00000" : b.tone === "note" ? "595959" : undefined,
            }),
          ],
        }),
      ];
    case "table":
      return [
        new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: b.caption, bold: true })] }),
        table(b.columns, b.rows),
        new Paragraph({ text: "" }),
      ];
    case "chart": {
      const image = charts.get(b.chart.id);
      if (!image) return [];
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: "svg",
              data: Buffer.from(image.svg, "utf8"),
              transformation: { width: CHART_WIDTH * 0.9, height: CHART_HEIGHT * 0.9 },
              fallback: { type: "png", data: image.png },
              altText: { name: b.chart.id, title: b.chart.title, description: `${b.chart.title} 历年趋势` },
            }),
          ],
        }),
      ];
    }
  }
}

/** The report as .docx bytes; `charts` holds the image of every chart block, by chart id. */
export async function reportDocx(
  model: ReportModel,
  charts: ReadonlyMap<string, ChartImage>,
): Promise<Buffer> {
  const cover = [
    new Paragraph({ text: "", spacing: { before: 2400 } }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: `《${model.title}》`, bold: true, size: 44 })],
    }),
    new Paragraph({ text: "", spacing: { before: 1200 } }),
    ...[model.author, model.dataState, `生成日期：${model.generatedOn}`].map(
      (t) =>
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, size: 28 })] }),
    ),
    ...(model.final
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 600 },
            children: [
              new TextRun({
                text: "预览：该学年尚未发布，本报告数据为暂定，不作为正式结论",
                bold: true,
                color: "C00000",
              }),
            ],
          }),
        ]),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const toc =
    model.kind === "annual"
      ? [
          new Paragraph({ text: "目录", heading: HeadingLevel.HEADING_1 }),
          new TableOfContents("目录", { hyperlink: true, headingStyleRange: "1-2" }),
          new Paragraph({ children: [new PageBreak()] }),
        ]
      : [];
  const body = model.chapters.flatMap((c) => [
    new Paragraph({
      text: c.title,
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: model.kind === "annual",
    }),
    ...c.blocks.flatMap((b) => block(b, charts)),
  ]);
  const doc = new Document({
    creator: model.author,
    title: model.title,
    description: model.dataState,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: model.title, size: 16, color: "808080" })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ["第 ", PageNumber.CURRENT, " 页，共 ", PageNumber.TOTAL_PAGES, " 页"],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...(model.kind === "annual" ? cover : []),
          ...toc,
          ...(model.kind === "brief" ? briefTitle(model) : []),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The one-page brief's title lines instead of a cover. */
function briefTitle(model: ReportModel): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: model.title, bold: true, size: 32 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${model.dataState}　生成日期：${model.generatedOn}`, size: 18 })],
    }),
    ...(model.final
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: "预览：该学年尚未发布，数据为暂定", bold: true, color: "C00000" }),
            ],
          }),
        ]),
  ];
}
