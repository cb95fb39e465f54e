/**
 * The plpgsql trigger functions that keep a summary table (名册汇总 `staff_school_year_summary`,
 * 年报汇总 `school_report_summary`, issue 15) in the same transaction as every write to its
 * source table, as text generated one way for every summary: statement-level functions reading
 * the statement's transition tables, and the SQL that installs them. Each summary file
 * (modules/indicators/measures/staffSummary.ts, reportSummary.ts) passes its own delta SQL and
 * table names; the migrations hold the text generated when they were written, and
 * lib/summaryCheck.ts compares the installed text with it.
 */

/** A plpgsql function a summary's triggers call, by name, with its body. */
export interface SummaryFunction {
  name: string;
  body: string;
}

/**
 * The function run after each INSERT, UPDATE or DELETE statement on the source: adds the rows of
 * the new transition table `newTable` and subtracts those of the old one `oldTable` (an UPDATE
 * both), by `applyDeltas(source)`, the summary's SQL adding the signed rows of `source` (each
 * row with `sign` +1 or −1) to its summary rows.
 */
export function applyDeltasFunction(
  name: string,
  applyDeltas: (source: string) => string,
  newTable: string,
  oldTable: string,
): SummaryFunction {
  const inserted = `(select 1 as sign, r.* from ${newTable} r)`;
  const deleted = `(select -1 as sign, r.* from ${oldTable} r)`;
  const updated = `(select 1 as sign, r.* from ${newTable} r union all select -1 as sign, r.* from ${oldTable} r)`;
  return {
    name,
    body: `
begin
  if tg_op = 'INSERT' then
    ${applyDeltas(inserted)}
  elsif tg_op = 'DELETE' then
    ${applyDeltas(deleted)}
  else
    ${applyDeltas(updated)}
  end if;
  return null;
end
`,
  };
}

/** The function run after TRUNCATE of the source: empties the summary `table`. */
export function emptySummaryFunction(name: string, table: string): SummaryFunction {
  return {
    name,
    body: `
begin
  delete from ${table};
  return null;
end
`,
  };
}

/** SQL that creates (or replaces) trigger functions with their text. */
export function summaryFunctionsSql(functions: readonly SummaryFunction[]): string[] {
  return functions.map(
    (f) => `create or replace function ${f.name}() returns trigger language plpgsql as $fn$${f.body}$fn$;`,
  );
}
