CREATE TABLE "staff_school_year_summary" (
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"roster_rows" integer DEFAULT 0 NOT NULL,
	"a07_denominator" integer DEFAULT 0 NOT NULL,
	"a07_numerator" integer DEFAULT 0 NOT NULL,
	"a08_denominator" integer DEFAULT 0 NOT NULL,
	"a08_numerator" integer DEFAULT 0 NOT NULL,
	"a09_denominator" integer DEFAULT 0 NOT NULL,
	"a09_numerator" integer DEFAULT 0 NOT NULL,
	"b33_denominator" integer DEFAULT 0 NOT NULL,
	"b33_numerator" integer DEFAULT 0 NOT NULL,
	"b34_denominator" integer DEFAULT 0 NOT NULL,
	"b34_numerator" integer DEFAULT 0 NOT NULL,
	"b35_denominator" integer DEFAULT 0 NOT NULL,
	"b35_numerator" integer DEFAULT 0 NOT NULL,
	"b08_pe_teachers" integer DEFAULT 0 NOT NULL,
	"b43_teachers" integer DEFAULT 0 NOT NULL,
	"b43_hours" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "staff_school_year_summary_pk" PRIMARY KEY("school_id","school_year"),
	CONSTRAINT "staff_school_year_summary_year_ck" CHECK ("staff_school_year_summary"."school_year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "staff_school_year_summary" ADD CONSTRAINT "staff_school_year_summary_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
create or replace function staff_summary_apply() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    insert into staff_school_year_summary as s (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select f.school_id, f.school_year,
      coalesce(sum(f.sign) filter (where true), 0) as roster_rows,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(f.sign * f.training_hours) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours
    from (select 1 as sign, r.* from staff_new r) f join schools on schools.id = f.school_id
    where f.school_id is not null and ((f.started_on is null or f.started_on <= make_date(cast(f.school_year as integer), 9, 1)) and (f.left_on is null or f.left_on > make_date(cast(f.school_year as integer), 9, 1)) and (f.status = 'active' or f.left_on is not null))
    group by f.school_id, f.school_year
    order by 1, 2
    on conflict (school_id, school_year) do update set
      roster_rows = s.roster_rows + excluded.roster_rows,
      a07_denominator = s.a07_denominator + excluded.a07_denominator,
      a07_numerator = s.a07_numerator + excluded.a07_numerator,
      a08_denominator = s.a08_denominator + excluded.a08_denominator,
      a08_numerator = s.a08_numerator + excluded.a08_numerator,
      a09_denominator = s.a09_denominator + excluded.a09_denominator,
      a09_numerator = s.a09_numerator + excluded.a09_numerator,
      b33_denominator = s.b33_denominator + excluded.b33_denominator,
      b33_numerator = s.b33_numerator + excluded.b33_numerator,
      b34_denominator = s.b34_denominator + excluded.b34_denominator,
      b34_numerator = s.b34_numerator + excluded.b34_numerator,
      b35_denominator = s.b35_denominator + excluded.b35_denominator,
      b35_numerator = s.b35_numerator + excluded.b35_numerator,
      b08_pe_teachers = s.b08_pe_teachers + excluded.b08_pe_teachers,
      b43_teachers = s.b43_teachers + excluded.b43_teachers,
      b43_hours = s.b43_hours + excluded.b43_hours;
  elsif tg_op = 'DELETE' then
    insert into staff_school_year_summary as s (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select f.school_id, f.school_year,
      coalesce(sum(f.sign) filter (where true), 0) as roster_rows,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(f.sign * f.training_hours) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours
    from (select -1 as sign, r.* from staff_old r) f join schools on schools.id = f.school_id
    where f.school_id is not null and ((f.started_on is null or f.started_on <= make_date(cast(f.school_year as integer), 9, 1)) and (f.left_on is null or f.left_on > make_date(cast(f.school_year as integer), 9, 1)) and (f.status = 'active' or f.left_on is not null))
    group by f.school_id, f.school_year
    order by 1, 2
    on conflict (school_id, school_year) do update set
      roster_rows = s.roster_rows + excluded.roster_rows,
      a07_denominator = s.a07_denominator + excluded.a07_denominator,
      a07_numerator = s.a07_numerator + excluded.a07_numerator,
      a08_denominator = s.a08_denominator + excluded.a08_denominator,
      a08_numerator = s.a08_numerator + excluded.a08_numerator,
      a09_denominator = s.a09_denominator + excluded.a09_denominator,
      a09_numerator = s.a09_numerator + excluded.a09_numerator,
      b33_denominator = s.b33_denominator + excluded.b33_denominator,
      b33_numerator = s.b33_numerator + excluded.b33_numerator,
      b34_denominator = s.b34_denominator + excluded.b34_denominator,
      b34_numerator = s.b34_numerator + excluded.b34_numerator,
      b35_denominator = s.b35_denominator + excluded.b35_denominator,
      b35_numerator = s.b35_numerator + excluded.b35_numerator,
      b08_pe_teachers = s.b08_pe_teachers + excluded.b08_pe_teachers,
      b43_teachers = s.b43_teachers + excluded.b43_teachers,
      b43_hours = s.b43_hours + excluded.b43_hours;
  else
    insert into staff_school_year_summary as s (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select f.school_id, f.school_year,
      coalesce(sum(f.sign) filter (where true), 0) as roster_rows,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(f.sign) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(f.sign * f.training_hours) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours
    from (select 1 as sign, r.* from staff_new r union all select -1 as sign, r.* from staff_old r) f join schools on schools.id = f.school_id
    where f.school_id is not null and ((f.started_on is null or f.started_on <= make_date(cast(f.school_year as integer), 9, 1)) and (f.left_on is null or f.left_on > make_date(cast(f.school_year as integer), 9, 1)) and (f.status = 'active' or f.left_on is not null))
    group by f.school_id, f.school_year
    order by 1, 2
    on conflict (school_id, school_year) do update set
      roster_rows = s.roster_rows + excluded.roster_rows,
      a07_denominator = s.a07_denominator + excluded.a07_denominator,
      a07_numerator = s.a07_numerator + excluded.a07_numerator,
      a08_denominator = s.a08_denominator + excluded.a08_denominator,
      a08_numerator = s.a08_numerator + excluded.a08_numerator,
      a09_denominator = s.a09_denominator + excluded.a09_denominator,
      a09_numerator = s.a09_numerator + excluded.a09_numerator,
      b33_denominator = s.b33_denominator + excluded.b33_denominator,
      b33_numerator = s.b33_numerator + excluded.b33_numerator,
      b34_denominator = s.b34_denominator + excluded.b34_denominator,
      b34_numerator = s.b34_numerator + excluded.b34_numerator,
      b35_denominator = s.b35_denominator + excluded.b35_denominator,
      b35_numerator = s.b35_numerator + excluded.b35_numerator,
      b08_pe_teachers = s.b08_pe_teachers + excluded.b08_pe_teachers,
      b43_teachers = s.b43_teachers + excluded.b43_teachers,
      b43_hours = s.b43_hours + excluded.b43_hours;
  end if;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function staff_summary_rebuild_school() returns trigger language plpgsql as $fn$
begin
  delete from staff_school_year_summary where school_id = new.id;
  insert into staff_school_year_summary (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select f.school_id, f.school_year,
      coalesce(sum(1) filter (where true), 0) as roster_rows,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(1 * f.training_hours) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours
    from staff f join schools on schools.id = f.school_id
    where f.school_id is not null and ((f.started_on is null or f.started_on <= make_date(cast(f.school_year as integer), 9, 1)) and (f.left_on is null or f.left_on > make_date(cast(f.school_year as integer), 9, 1)) and (f.status = 'active' or f.left_on is not null)) and f.school_id = new.id
    group by f.school_id, f.school_year;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function staff_summary_truncate() returns trigger language plpgsql as $fn$
begin
  delete from staff_school_year_summary;
  return null;
end
$fn$;
--> statement-breakpoint
create trigger staff_summary_insert after insert on staff referencing new table as staff_new for each statement execute function staff_summary_apply();
--> statement-breakpoint
create trigger staff_summary_update after update on staff referencing old table as staff_old new table as staff_new for each statement execute function staff_summary_apply();
--> statement-breakpoint
create trigger staff_summary_delete after delete on staff referencing old table as staff_old for each statement execute function staff_summary_apply();
--> statement-breakpoint
create trigger staff_summary_truncate after truncate on staff for each statement execute function staff_summary_truncate();
--> statement-breakpoint
create trigger staff_summary_school_type after update of type on schools for each row when (old.type is distinct from new.type) execute function staff_summary_rebuild_school();
--> statement-breakpoint
delete from staff_school_year_summary;
--> statement-breakpoint
insert into staff_school_year_summary (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select f.school_id, f.school_year,
      coalesce(sum(1) filter (where true), 0) as roster_rows,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(1) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(1 * f.training_hours) filter (where (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours
    from staff f join schools on schools.id = f.school_id
    where f.school_id is not null and ((f.started_on is null or f.started_on <= make_date(cast(f.school_year as integer), 9, 1)) and (f.left_on is null or f.left_on > make_date(cast(f.school_year as integer), 9, 1)) and (f.status = 'active' or f.left_on is not null))
    group by f.school_id, f.school_year;
