ALTER TABLE "staff_school_year_summary" ADD COLUMN "year_rows" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_school_year_summary" ADD COLUMN "c1_primary" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_school_year_summary" ADD COLUMN "c2_primary" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_school_year_summary" ADD COLUMN "c3_primary" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_school_year_summary" ADD COLUMN "c1_junior" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_school_year_summary" ADD COLUMN "c2_junior" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_school_year_summary" ADD COLUMN "c3_junior" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
create or replace function staff_summary_apply() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    insert into staff_school_year_summary as s (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours, year_rows, c1_primary, c2_primary, c3_primary, c1_junior, c2_junior, c3_junior)
    select f.school_id, f.school_year,
      coalesce(sum(f.sign) filter (where f.on_roster and true), 0) as roster_rows,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(f.sign * f.training_hours) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours,
      coalesce(sum(f.sign) filter (where true), 0) as year_rows,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.education in ('postgraduate', 'bachelor', 'associate'))), 0) as c1_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.backbone_level <> 'none')), 0) as c2_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.education in ('postgraduate', 'bachelor'))), 0) as c1_junior,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.backbone_level <> 'none')), 0) as c2_junior,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_junior
    from (select r.*, ((r.started_on is null or r.started_on <= make_date(cast(r.school_year as integer), 9, 1)) and (r.left_on is null or r.left_on > make_date(cast(r.school_year as integer), 9, 1)) and (r.status = 'active' or r.left_on is not null)) as on_roster from (select 1 as sign, r.* from staff_new r) r) f
      join schools on schools.id = f.school_id
    where f.school_id is not null
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
      b43_hours = s.b43_hours + excluded.b43_hours,
      year_rows = s.year_rows + excluded.year_rows,
      c1_primary = s.c1_primary + excluded.c1_primary,
      c2_primary = s.c2_primary + excluded.c2_primary,
      c3_primary = s.c3_primary + excluded.c3_primary,
      c1_junior = s.c1_junior + excluded.c1_junior,
      c2_junior = s.c2_junior + excluded.c2_junior,
      c3_junior = s.c3_junior + excluded.c3_junior;
  elsif tg_op = 'DELETE' then
    insert into staff_school_year_summary as s (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours, year_rows, c1_primary, c2_primary, c3_primary, c1_junior, c2_junior, c3_junior)
    select f.school_id, f.school_year,
      coalesce(sum(f.sign) filter (where f.on_roster and true), 0) as roster_rows,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(f.sign * f.training_hours) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours,
      coalesce(sum(f.sign) filter (where true), 0) as year_rows,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.education in ('postgraduate', 'bachelor', 'associate'))), 0) as c1_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.backbone_level <> 'none')), 0) as c2_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.education in ('postgraduate', 'bachelor'))), 0) as c1_junior,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.backbone_level <> 'none')), 0) as c2_junior,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_junior
    from (select r.*, ((r.started_on is null or r.started_on <= make_date(cast(r.school_year as integer), 9, 1)) and (r.left_on is null or r.left_on > make_date(cast(r.school_year as integer), 9, 1)) and (r.status = 'active' or r.left_on is not null)) as on_roster from (select -1 as sign, r.* from staff_old r) r) f
      join schools on schools.id = f.school_id
    where f.school_id is not null
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
      b43_hours = s.b43_hours + excluded.b43_hours,
      year_rows = s.year_rows + excluded.year_rows,
      c1_primary = s.c1_primary + excluded.c1_primary,
      c2_primary = s.c2_primary + excluded.c2_primary,
      c3_primary = s.c3_primary + excluded.c3_primary,
      c1_junior = s.c1_junior + excluded.c1_junior,
      c2_junior = s.c2_junior + excluded.c2_junior,
      c3_junior = s.c3_junior + excluded.c3_junior;
  else
    insert into staff_school_year_summary as s (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours, year_rows, c1_primary, c2_primary, c3_primary, c1_junior, c2_junior, c3_junior)
    select f.school_id, f.school_year,
      coalesce(sum(f.sign) filter (where f.on_roster and true), 0) as roster_rows,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(f.sign) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(f.sign * f.training_hours) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours,
      coalesce(sum(f.sign) filter (where true), 0) as year_rows,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.education in ('postgraduate', 'bachelor', 'associate'))), 0) as c1_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.backbone_level <> 'none')), 0) as c2_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_primary,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.education in ('postgraduate', 'bachelor'))), 0) as c1_junior,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.backbone_level <> 'none')), 0) as c2_junior,
      coalesce(sum(f.sign) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_junior
    from (select r.*, ((r.started_on is null or r.started_on <= make_date(cast(r.school_year as integer), 9, 1)) and (r.left_on is null or r.left_on > make_date(cast(r.school_year as integer), 9, 1)) and (r.status = 'active' or r.left_on is not null)) as on_roster from (select 1 as sign, r.* from staff_new r union all select -1 as sign, r.* from staff_old r) r) f
      join schools on schools.id = f.school_id
    where f.school_id is not null
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
      b43_hours = s.b43_hours + excluded.b43_hours,
      year_rows = s.year_rows + excluded.year_rows,
      c1_primary = s.c1_primary + excluded.c1_primary,
      c2_primary = s.c2_primary + excluded.c2_primary,
      c3_primary = s.c3_primary + excluded.c3_primary,
      c1_junior = s.c1_junior + excluded.c1_junior,
      c2_junior = s.c2_junior + excluded.c2_junior,
      c3_junior = s.c3_junior + excluded.c3_junior;
  end if;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function staff_summary_rebuild_school() returns trigger language plpgsql as $fn$
begin
  delete from staff_school_year_summary where school_id = new.id;
  insert into staff_school_year_summary (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours, year_rows, c1_primary, c2_primary, c3_primary, c1_junior, c2_junior, c3_junior)
    select f.school_id, f.school_year,
      coalesce(sum(1) filter (where f.on_roster and true), 0) as roster_rows,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(1 * f.training_hours) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours,
      coalesce(sum(1) filter (where true), 0) as year_rows,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.education in ('postgraduate', 'bachelor', 'associate'))), 0) as c1_primary,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.backbone_level <> 'none')), 0) as c2_primary,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_primary,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.education in ('postgraduate', 'bachelor'))), 0) as c1_junior,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.backbone_level <> 'none')), 0) as c2_junior,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_junior
    from (select r.*, ((r.started_on is null or r.started_on <= make_date(cast(r.school_year as integer), 9, 1)) and (r.left_on is null or r.left_on > make_date(cast(r.school_year as integer), 9, 1)) and (r.status = 'active' or r.left_on is not null)) as on_roster from staff r) f
      join schools on schools.id = f.school_id
    where f.school_id is not null and f.school_id = new.id
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
delete from staff_school_year_summary;
--> statement-breakpoint
insert into staff_school_year_summary (school_id, school_year, roster_rows, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours, year_rows, c1_primary, c2_primary, c3_primary, c1_junior, c2_junior, c3_junior)
    select f.school_id, f.school_year,
      coalesce(sum(1) filter (where f.on_roster and true), 0) as roster_rows,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as a07_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and (f.preschool_major or f.teacher_certificate = 'kindergarten')), 0) as a07_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as a08_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary')) and f.education in ('postgraduate', 'bachelor')), 0) as a08_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational'))), 0) as a09_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('specialty') and type in ('secondary_vocational', 'higher_vocational')) and f.dual_qualified), 0) as a09_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten'))), 0) as b33_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('kindergarten')) and f.education in ('postgraduate', 'bachelor')), 0) as b33_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b34_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.mental_health_trained), 0) as b34_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b35_denominator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary')) and f.counselling_certificate), 0) as b35_numerator,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary'))), 0) as b08_pe_teachers,
      coalesce(sum(1) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_teachers,
      coalesce(sum(1 * f.training_hours) filter (where f.on_roster and (f.role in ('teacher') and f.full_time and f.stage in ('primary', 'junior_secondary') and type in ('primary', 'junior_secondary', 'nine_year', 'complete_secondary'))), 0) as b43_hours,
      coalesce(sum(1) filter (where true), 0) as year_rows,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.education in ('postgraduate', 'bachelor', 'associate'))), 0) as c1_primary,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and f.backbone_level <> 'none')), 0) as c2_primary,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'primary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_primary,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.education in ('postgraduate', 'bachelor'))), 0) as c1_junior,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and f.backbone_level <> 'none')), 0) as c2_junior,
      coalesce(sum(1) filter (where f.on_roster and ((f.role in ('teacher') and f.full_time) and f.stage = 'junior_secondary' and (f.role in ('teacher') and f.full_time and f.subject in ('physical_education', 'music', 'fine_art')))), 0) as c3_junior
    from (select r.*, ((r.started_on is null or r.started_on <= make_date(cast(r.school_year as integer), 9, 1)) and (r.left_on is null or r.left_on > make_date(cast(r.school_year as integer), 9, 1)) and (r.status = 'active' or r.left_on is not null)) as on_roster from staff r) f
      join schools on schools.id = f.school_id
    where f.school_id is not null
    group by f.school_id, f.school_year;
