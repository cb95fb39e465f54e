CREATE TABLE "school_report_summary" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"kg_students" integer DEFAULT 0 NOT NULL,
	"upper_students" integer DEFAULT 0 NOT NULL,
	"higher_students" integer DEFAULT 0 NOT NULL,
	"students" integer DEFAULT 0 NOT NULL,
	"large_classes" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "school_report_summary" ADD CONSTRAINT "school_report_summary_report_id_school_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."school_reports"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
create or replace function report_summary_apply() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    insert into school_report_summary as s (report_id, kg_students, upper_students, higher_students, students, large_classes)
    select g.report_id,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('preschool')), 0) as kg_students,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('senior_secondary', 'secondary_vocational')), 0) as upper_students,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('higher_vocational')), 0) as higher_students,
      coalesce(sum(g.sign * (g.students)) filter (where true), 0) as students,
      coalesce(sum(g.sign * (g.large_classes + g.oversized_classes)) filter (where true), 0) as large_classes
    from (select 1 as sign, r.* from grades_new r) g join school_reports rep on rep.id = g.report_id
    group by g.report_id
    order by 1
    on conflict (report_id) do update set
      kg_students = s.kg_students + excluded.kg_students,
      upper_students = s.upper_students + excluded.upper_students,
      higher_students = s.higher_students + excluded.higher_students,
      students = s.students + excluded.students,
      large_classes = s.large_classes + excluded.large_classes;
  elsif tg_op = 'DELETE' then
    insert into school_report_summary as s (report_id, kg_students, upper_students, higher_students, students, large_classes)
    select g.report_id,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('preschool')), 0) as kg_students,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('senior_secondary', 'secondary_vocational')), 0) as upper_students,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('higher_vocational')), 0) as higher_students,
      coalesce(sum(g.sign * (g.students)) filter (where true), 0) as students,
      coalesce(sum(g.sign * (g.large_classes + g.oversized_classes)) filter (where true), 0) as large_classes
    from (select -1 as sign, r.* from grades_old r) g join school_reports rep on rep.id = g.report_id
    group by g.report_id
    order by 1
    on conflict (report_id) do update set
      kg_students = s.kg_students + excluded.kg_students,
      upper_students = s.upper_students + excluded.upper_students,
      higher_students = s.higher_students + excluded.higher_students,
      students = s.students + excluded.students,
      large_classes = s.large_classes + excluded.large_classes;
  else
    insert into school_report_summary as s (report_id, kg_students, upper_students, higher_students, students, large_classes)
    select g.report_id,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('preschool')), 0) as kg_students,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('senior_secondary', 'secondary_vocational')), 0) as upper_students,
      coalesce(sum(g.sign * (g.students)) filter (where g.stage in ('higher_vocational')), 0) as higher_students,
      coalesce(sum(g.sign * (g.students)) filter (where true), 0) as students,
      coalesce(sum(g.sign * (g.large_classes + g.oversized_classes)) filter (where true), 0) as large_classes
    from (select 1 as sign, r.* from grades_new r union all select -1 as sign, r.* from grades_old r) g join school_reports rep on rep.id = g.report_id
    group by g.report_id
    order by 1
    on conflict (report_id) do update set
      kg_students = s.kg_students + excluded.kg_students,
      upper_students = s.upper_students + excluded.upper_students,
      higher_students = s.higher_students + excluded.higher_students,
      students = s.students + excluded.students,
      large_classes = s.large_classes + excluded.large_classes;
  end if;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function report_summary_truncate() returns trigger language plpgsql as $fn$
begin
  delete from school_report_summary;
  return null;
end
$fn$;
--> statement-breakpoint
create trigger report_summary_insert after insert on school_report_grades referencing new table as grades_new for each statement execute function report_summary_apply();
--> statement-breakpoint
create trigger report_summary_update after update on school_report_grades referencing old table as grades_old new table as grades_new for each statement execute function report_summary_apply();
--> statement-breakpoint
create trigger report_summary_delete after delete on school_report_grades referencing old table as grades_old for each statement execute function report_summary_apply();
--> statement-breakpoint
create trigger report_summary_truncate after truncate on school_report_grades for each statement execute function report_summary_truncate();
--> statement-breakpoint
delete from school_report_summary;
--> statement-breakpoint
insert into school_report_summary (report_id, kg_students, upper_students, higher_students, students, large_classes)
    select g.report_id,
      coalesce(sum((g.students)) filter (where g.stage in ('preschool')), 0) as kg_students,
      coalesce(sum((g.students)) filter (where g.stage in ('senior_secondary', 'secondary_vocational')), 0) as upper_students,
      coalesce(sum((g.students)) filter (where g.stage in ('higher_vocational')), 0) as higher_students,
      coalesce(sum((g.students)) filter (where true), 0) as students,
      coalesce(sum((g.large_classes + g.oversized_classes)) filter (where true), 0) as large_classes
    from school_report_grades g join school_reports rep on rep.id = g.report_id
    group by g.report_id;
