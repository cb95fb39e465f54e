CREATE TABLE "quality_district_year_rollup" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quality_district_year_rollup_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"school_type" text NOT NULL,
	"quality_schools" integer DEFAULT 0 NOT NULL,
	"quality_public" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_district_year_rollup" ADD COLUMN "kg_students" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_district_year_rollup" ADD COLUMN "upper_students" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_district_year_rollup" ADD COLUMN "higher_students" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_district_year_rollup" ADD COLUMN "students" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_district_year_rollup" ADD COLUMN "kg_inclusive" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_district_year_rollup" ADD COLUMN "kg_quality" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "school_open_count" ADD COLUMN "public_schools" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "quality_district_year_rollup" ADD CONSTRAINT "quality_district_year_rollup_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_district_year_rollup_key_idx" ON "quality_district_year_rollup" USING btree ("district_id","school_year","school_type");--> statement-breakpoint
create or replace function rollup_staff_apply() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(f.sign) as roster_schools,
      coalesce(sum(f.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(f.sign * f.a07_denominator) as a07_denominator, sum(f.sign * f.a07_numerator) as a07_numerator, sum(f.sign * f.a08_denominator) as a08_denominator, sum(f.sign * f.a08_numerator) as a08_numerator, sum(f.sign * f.a09_denominator) as a09_denominator, sum(f.sign * f.a09_numerator) as a09_numerator, sum(f.sign * f.b33_denominator) as b33_denominator, sum(f.sign * f.b33_numerator) as b33_numerator, sum(f.sign * f.b34_denominator) as b34_denominator, sum(f.sign * f.b34_numerator) as b34_numerator, sum(f.sign * f.b35_denominator) as b35_denominator, sum(f.sign * f.b35_numerator) as b35_numerator, sum(f.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(f.sign * f.b43_teachers) as b43_teachers, sum(f.sign * f.b43_hours) as b43_hours
    from (select 1 as sign, r.* from summary_new r) f join schools s on s.id = f.school_id
    where f.roster_rows > 0 and school_open_in(s.opened_on, s.closed_on, f.school_year)
    group by 1, 2, 3),
    old as (delete from staff_district_year_rollup where id in (
      select r.id from staff_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    insert into staff_district_year_rollup (district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select district_id, school_year, school_type, sum(roster_schools), sum(pe_schools), sum(a07_denominator), sum(a07_numerator), sum(a08_denominator), sum(a08_numerator), sum(a09_denominator), sum(a09_numerator), sum(b33_denominator), sum(b33_numerator), sum(b34_denominator), sum(b34_numerator), sum(b35_denominator), sum(b35_numerator), sum(b08_pe_teachers), sum(b43_teachers), sum(b43_hours)
    from (select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from delta union all select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from old) x
    group by district_id, school_year, school_type
    having sum(roster_schools) <> 0 or sum(pe_schools) <> 0 or sum(a07_denominator) <> 0 or sum(a07_numerator) <> 0 or sum(a08_denominator) <> 0 or sum(a08_numerator) <> 0 or sum(a09_denominator) <> 0 or sum(a09_numerator) <> 0 or sum(b33_denominator) <> 0 or sum(b33_numerator) <> 0 or sum(b34_denominator) <> 0 or sum(b34_numerator) <> 0 or sum(b35_denominator) <> 0 or sum(b35_numerator) <> 0 or sum(b08_pe_teachers) <> 0 or sum(b43_teachers) <> 0 or sum(b43_hours) <> 0;
  elsif tg_op = 'DELETE' then
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(f.sign) as roster_schools,
      coalesce(sum(f.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(f.sign * f.a07_denominator) as a07_denominator, sum(f.sign * f.a07_numerator) as a07_numerator, sum(f.sign * f.a08_denominator) as a08_denominator, sum(f.sign * f.a08_numerator) as a08_numerator, sum(f.sign * f.a09_denominator) as a09_denominator, sum(f.sign * f.a09_numerator) as a09_numerator, sum(f.sign * f.b33_denominator) as b33_denominator, sum(f.sign * f.b33_numerator) as b33_numerator, sum(f.sign * f.b34_denominator) as b34_denominator, sum(f.sign * f.b34_numerator) as b34_numerator, sum(f.sign * f.b35_denominator) as b35_denominator, sum(f.sign * f.b35_numerator) as b35_numerator, sum(f.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(f.sign * f.b43_teachers) as b43_teachers, sum(f.sign * f.b43_hours) as b43_hours
    from (select -1 as sign, r.* from summary_old r) f join schools s on s.id = f.school_id
    where f.roster_rows > 0 and school_open_in(s.opened_on, s.closed_on, f.school_year)
    group by 1, 2, 3),
    old as (delete from staff_district_year_rollup where id in (
      select r.id from staff_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    insert into staff_district_year_rollup (district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select district_id, school_year, school_type, sum(roster_schools), sum(pe_schools), sum(a07_denominator), sum(a07_numerator), sum(a08_denominator), sum(a08_numerator), sum(a09_denominator), sum(a09_numerator), sum(b33_denominator), sum(b33_numerator), sum(b34_denominator), sum(b34_numerator), sum(b35_denominator), sum(b35_numerator), sum(b08_pe_teachers), sum(b43_teachers), sum(b43_hours)
    from (select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from delta union all select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from old) x
    group by district_id, school_year, school_type
    having sum(roster_schools) <> 0 or sum(pe_schools) <> 0 or sum(a07_denominator) <> 0 or sum(a07_numerator) <> 0 or sum(a08_denominator) <> 0 or sum(a08_numerator) <> 0 or sum(a09_denominator) <> 0 or sum(a09_numerator) <> 0 or sum(b33_denominator) <> 0 or sum(b33_numerator) <> 0 or sum(b34_denominator) <> 0 or sum(b34_numerator) <> 0 or sum(b35_denominator) <> 0 or sum(b35_numerator) <> 0 or sum(b08_pe_teachers) <> 0 or sum(b43_teachers) <> 0 or sum(b43_hours) <> 0;
  else
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(f.sign) as roster_schools,
      coalesce(sum(f.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(f.sign * f.a07_denominator) as a07_denominator, sum(f.sign * f.a07_numerator) as a07_numerator, sum(f.sign * f.a08_denominator) as a08_denominator, sum(f.sign * f.a08_numerator) as a08_numerator, sum(f.sign * f.a09_denominator) as a09_denominator, sum(f.sign * f.a09_numerator) as a09_numerator, sum(f.sign * f.b33_denominator) as b33_denominator, sum(f.sign * f.b33_numerator) as b33_numerator, sum(f.sign * f.b34_denominator) as b34_denominator, sum(f.sign * f.b34_numerator) as b34_numerator, sum(f.sign * f.b35_denominator) as b35_denominator, sum(f.sign * f.b35_numerator) as b35_numerator, sum(f.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(f.sign * f.b43_teachers) as b43_teachers, sum(f.sign * f.b43_hours) as b43_hours
    from (select 1 as sign, r.* from summary_new r union all select -1 as sign, r.* from summary_old r) f join schools s on s.id = f.school_id
    where f.roster_rows > 0 and school_open_in(s.opened_on, s.closed_on, f.school_year)
    group by 1, 2, 3),
    old as (delete from staff_district_year_rollup where id in (
      select r.id from staff_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    insert into staff_district_year_rollup (district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select district_id, school_year, school_type, sum(roster_schools), sum(pe_schools), sum(a07_denominator), sum(a07_numerator), sum(a08_denominator), sum(a08_numerator), sum(a09_denominator), sum(a09_numerator), sum(b33_denominator), sum(b33_numerator), sum(b34_denominator), sum(b34_numerator), sum(b35_denominator), sum(b35_numerator), sum(b08_pe_teachers), sum(b43_teachers), sum(b43_hours)
    from (select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from delta union all select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from old) x
    group by district_id, school_year, school_type
    having sum(roster_schools) <> 0 or sum(pe_schools) <> 0 or sum(a07_denominator) <> 0 or sum(a07_numerator) <> 0 or sum(a08_denominator) <> 0 or sum(a08_numerator) <> 0 or sum(a09_denominator) <> 0 or sum(a09_numerator) <> 0 or sum(b33_denominator) <> 0 or sum(b33_numerator) <> 0 or sum(b34_denominator) <> 0 or sum(b34_numerator) <> 0 or sum(b35_denominator) <> 0 or sum(b35_numerator) <> 0 or sum(b08_pe_teachers) <> 0 or sum(b43_teachers) <> 0 or sum(b43_hours) <> 0;
  end if;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function rollup_school_move() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    with delta as (select s.district_id, s.type as school_type, coalesce(extract(year from s.opened_on)::int + (s.opened_on > make_date(extract(year from s.opened_on)::int, 9, 1))::int, 0) as first_year, coalesce(extract(year from s.closed_on)::int - (s.closed_on <= make_date(extract(year from s.closed_on)::int, 9, 1))::int, 9999) as last_year,
      sum(s.sign) as schools, coalesce(sum(s.sign) filter (where s.ownership = 'public'), 0) as public_schools
    from (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.ownership as ownership, new.inclusive as inclusive, new.opened_on as opened_on, new.closed_on as closed_on) s
    group by 1, 2, 3, 4),
    old as (delete from school_open_count where id in (
      select r.id from school_open_count r join (select distinct district_id, school_type, first_year, last_year from delta) k on r.district_id = k.district_id and r.school_type = k.school_type and r.first_year = k.first_year and r.last_year = k.last_year
      for update of r skip locked)
      returning district_id, school_type, first_year, last_year, schools, public_schools)
    insert into school_open_count (district_id, school_type, first_year, last_year, schools, public_schools)
    select district_id, school_type, first_year, last_year, sum(schools), sum(public_schools)
    from (select district_id, school_type, first_year, last_year, schools, public_schools from delta union all select district_id, school_type, first_year, last_year, schools, public_schools from old) x
    group by district_id, school_type, first_year, last_year
    having sum(schools) <> 0 or sum(public_schools) <> 0;
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(s.sign) as roster_schools,
      coalesce(sum(s.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(s.sign * f.a07_denominator) as a07_denominator, sum(s.sign * f.a07_numerator) as a07_numerator, sum(s.sign * f.a08_denominator) as a08_denominator, sum(s.sign * f.a08_numerator) as a08_numerator, sum(s.sign * f.a09_denominator) as a09_denominator, sum(s.sign * f.a09_numerator) as a09_numerator, sum(s.sign * f.b33_denominator) as b33_denominator, sum(s.sign * f.b33_numerator) as b33_numerator, sum(s.sign * f.b34_denominator) as b34_denominator, sum(s.sign * f.b34_numerator) as b34_numerator, sum(s.sign * f.b35_denominator) as b35_denominator, sum(s.sign * f.b35_numerator) as b35_numerator, sum(s.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(s.sign * f.b43_teachers) as b43_teachers, sum(s.sign * f.b43_hours) as b43_hours
    from (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.ownership as ownership, new.inclusive as inclusive, new.opened_on as opened_on, new.closed_on as closed_on) s join staff_school_year_summary f on f.school_id = s.id
    where f.roster_rows > 0 and school_open_in(s.opened_on, s.closed_on, f.school_year)
    group by 1, 2, 3),
    old as (delete from staff_district_year_rollup where id in (
      select r.id from staff_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    insert into staff_district_year_rollup (district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select district_id, school_year, school_type, sum(roster_schools), sum(pe_schools), sum(a07_denominator), sum(a07_numerator), sum(a08_denominator), sum(a08_numerator), sum(a09_denominator), sum(a09_numerator), sum(b33_denominator), sum(b33_numerator), sum(b34_denominator), sum(b34_numerator), sum(b35_denominator), sum(b35_numerator), sum(b08_pe_teachers), sum(b43_teachers), sum(b43_hours)
    from (select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from delta union all select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from old) x
    group by district_id, school_year, school_type
    having sum(roster_schools) <> 0 or sum(pe_schools) <> 0 or sum(a07_denominator) <> 0 or sum(a07_numerator) <> 0 or sum(a08_denominator) <> 0 or sum(a08_numerator) <> 0 or sum(a09_denominator) <> 0 or sum(a09_numerator) <> 0 or sum(b33_denominator) <> 0 or sum(b33_numerator) <> 0 or sum(b34_denominator) <> 0 or sum(b34_numerator) <> 0 or sum(b35_denominator) <> 0 or sum(b35_numerator) <> 0 or sum(b08_pe_teachers) <> 0 or sum(b43_teachers) <> 0 or sum(b43_hours) <> 0;
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(s.sign) as reports,
      coalesce(sum(s.sign * r.health_tested), 0) as health_tested,
      coalesce(sum(s.sign * r.health_passed), 0) as health_passed,
      coalesce(sum(s.sign * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(s.sign) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(s.sign) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(s.sign) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(s.sign * g.large_classes) filter (where true), 0) as large_classes,
      coalesce(sum(s.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(s.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(s.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(s.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(s.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(s.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(s.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(s.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(s.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(s.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(s.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(s.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(s.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(s.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(s.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(s.sign) filter (where wireless_full_coverage), 0) as b37_yes,
      coalesce(sum(s.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(s.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(s.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(s.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(s.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(s.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.ownership as ownership, new.inclusive as inclusive, new.opened_on as opened_on, new.closed_on as closed_on) s join school_reports r on r.school_id = s.id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
    with delta as (select s.district_id, qy.y as school_year, s.type as school_type,
      sum(s.sign) as quality_schools,
      coalesce(sum(s.sign) filter (where s.ownership = 'public'), 0) as quality_public
    from (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.ownership as ownership, new.inclusive as inclusive, new.opened_on as opened_on, new.closed_on as closed_on) s join lateral (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id = s.id) qy on true
    where school_open_in(s.opened_on, s.closed_on, qy.y)
    group by 1, 2, 3),
    old as (delete from quality_district_year_rollup where id in (
      select r.id from quality_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, quality_schools, quality_public)
    insert into quality_district_year_rollup (district_id, school_year, school_type, quality_schools, quality_public)
    select district_id, school_year, school_type, sum(quality_schools), sum(quality_public)
    from (select district_id, school_year, school_type, quality_schools, quality_public from delta union all select district_id, school_year, school_type, quality_schools, quality_public from old) x
    group by district_id, school_year, school_type
    having sum(quality_schools) <> 0 or sum(quality_public) <> 0;
    return null;
  elsif tg_op = 'DELETE' then
    with delta as (select s.district_id, s.type as school_type, coalesce(extract(year from s.opened_on)::int + (s.opened_on > make_date(extract(year from s.opened_on)::int, 9, 1))::int, 0) as first_year, coalesce(extract(year from s.closed_on)::int - (s.closed_on <= make_date(extract(year from s.closed_on)::int, 9, 1))::int, 9999) as last_year,
      sum(s.sign) as schools, coalesce(sum(s.sign) filter (where s.ownership = 'public'), 0) as public_schools
    from (select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.ownership as ownership, old.inclusive as inclusive, old.opened_on as opened_on, old.closed_on as closed_on) s
    group by 1, 2, 3, 4),
    old as (delete from school_open_count where id in (
      select r.id from school_open_count r join (select distinct district_id, school_type, first_year, last_year from delta) k on r.district_id = k.district_id and r.school_type = k.school_type and r.first_year = k.first_year and r.last_year = k.last_year
      for update of r skip locked)
      returning district_id, school_type, first_year, last_year, schools, public_schools)
    insert into school_open_count (district_id, school_type, first_year, last_year, schools, public_schools)
    select district_id, school_type, first_year, last_year, sum(schools), sum(public_schools)
    from (select district_id, school_type, first_year, last_year, schools, public_schools from delta union all select district_id, school_type, first_year, last_year, schools, public_schools from old) x
    group by district_id, school_type, first_year, last_year
    having sum(schools) <> 0 or sum(public_schools) <> 0;
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(s.sign) as roster_schools,
      coalesce(sum(s.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(s.sign * f.a07_denominator) as a07_denominator, sum(s.sign * f.a07_numerator) as a07_numerator, sum(s.sign * f.a08_denominator) as a08_denominator, sum(s.sign * f.a08_numerator) as a08_numerator, sum(s.sign * f.a09_denominator) as a09_denominator, sum(s.sign * f.a09_numerator) as a09_numerator, sum(s.sign * f.b33_denominator) as b33_denominator, sum(s.sign * f.b33_numerator) as b33_numerator, sum(s.sign * f.b34_denominator) as b34_denominator, sum(s.sign * f.b34_numerator) as b34_numerator, sum(s.sign * f.b35_denominator) as b35_denominator, sum(s.sign * f.b35_numerator) as b35_numerator, sum(s.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(s.sign * f.b43_teachers) as b43_teachers, sum(s.sign * f.b43_hours) as b43_hours
    from (select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.ownership as ownership, old.inclusive as inclusive, old.opened_on as opened_on, old.closed_on as closed_on) s join staff_school_year_summary f on f.school_id = s.id
    where f.roster_rows > 0 and school_open_in(s.opened_on, s.closed_on, f.school_year)
    group by 1, 2, 3),
    old as (delete from staff_district_year_rollup where id in (
      select r.id from staff_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    insert into staff_district_year_rollup (district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select district_id, school_year, school_type, sum(roster_schools), sum(pe_schools), sum(a07_denominator), sum(a07_numerator), sum(a08_denominator), sum(a08_numerator), sum(a09_denominator), sum(a09_numerator), sum(b33_denominator), sum(b33_numerator), sum(b34_denominator), sum(b34_numerator), sum(b35_denominator), sum(b35_numerator), sum(b08_pe_teachers), sum(b43_teachers), sum(b43_hours)
    from (select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from delta union all select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from old) x
    group by district_id, school_year, school_type
    having sum(roster_schools) <> 0 or sum(pe_schools) <> 0 or sum(a07_denominator) <> 0 or sum(a07_numerator) <> 0 or sum(a08_denominator) <> 0 or sum(a08_numerator) <> 0 or sum(a09_denominator) <> 0 or sum(a09_numerator) <> 0 or sum(b33_denominator) <> 0 or sum(b33_numerator) <> 0 or sum(b34_denominator) <> 0 or sum(b34_numerator) <> 0 or sum(b35_denominator) <> 0 or sum(b35_numerator) <> 0 or sum(b08_pe_teachers) <> 0 or sum(b43_teachers) <> 0 or sum(b43_hours) <> 0;
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(s.sign) as reports,
      coalesce(sum(s.sign * r.health_tested), 0) as health_tested,
      coalesce(sum(s.sign * r.health_passed), 0) as health_passed,
      coalesce(sum(s.sign * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(s.sign) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(s.sign) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(s.sign) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(s.sign * g.large_classes) filter (where true), 0) as large_classes,
      coalesce(sum(s.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(s.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(s.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(s.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(s.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(s.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(s.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(s.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(s.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(s.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(s.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(s.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(s.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(s.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(s.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(s.sign) filter (where wireless_full_coverage), 0) as b37_yes,
      coalesce(sum(s.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(s.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(s.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(s.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(s.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(s.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from (select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.ownership as ownership, old.inclusive as inclusive, old.opened_on as opened_on, old.closed_on as closed_on) s join school_reports r on r.school_id = s.id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
    with delta as (select s.district_id, qy.y as school_year, s.type as school_type,
      sum(s.sign) as quality_schools,
      coalesce(sum(s.sign) filter (where s.ownership = 'public'), 0) as quality_public
    from (select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.ownership as ownership, old.inclusive as inclusive, old.opened_on as opened_on, old.closed_on as closed_on) s join lateral (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id = s.id) qy on true
    where school_open_in(s.opened_on, s.closed_on, qy.y)
    group by 1, 2, 3),
    old as (delete from quality_district_year_rollup where id in (
      select r.id from quality_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, quality_schools, quality_public)
    insert into quality_district_year_rollup (district_id, school_year, school_type, quality_schools, quality_public)
    select district_id, school_year, school_type, sum(quality_schools), sum(quality_public)
    from (select district_id, school_year, school_type, quality_schools, quality_public from delta union all select district_id, school_year, school_type, quality_schools, quality_public from old) x
    group by district_id, school_year, school_type
    having sum(quality_schools) <> 0 or sum(quality_public) <> 0;
    return old;
  end if;
  with delta as (select s.district_id, s.type as school_type, coalesce(extract(year from s.opened_on)::int + (s.opened_on > make_date(extract(year from s.opened_on)::int, 9, 1))::int, 0) as first_year, coalesce(extract(year from s.closed_on)::int - (s.closed_on <= make_date(extract(year from s.closed_on)::int, 9, 1))::int, 9999) as last_year,
      sum(s.sign) as schools, coalesce(sum(s.sign) filter (where s.ownership = 'public'), 0) as public_schools
    from ((select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.ownership as ownership, old.inclusive as inclusive, old.opened_on as opened_on, old.closed_on as closed_on) union all (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.ownership as ownership, new.inclusive as inclusive, new.opened_on as opened_on, new.closed_on as closed_on)) s
    group by 1, 2, 3, 4),
    old as (delete from school_open_count where id in (
      select r.id from school_open_count r join (select distinct district_id, school_type, first_year, last_year from delta) k on r.district_id = k.district_id and r.school_type = k.school_type and r.first_year = k.first_year and r.last_year = k.last_year
      for update of r skip locked)
      returning district_id, school_type, first_year, last_year, schools, public_schools)
    insert into school_open_count (district_id, school_type, first_year, last_year, schools, public_schools)
    select district_id, school_type, first_year, last_year, sum(schools), sum(public_schools)
    from (select district_id, school_type, first_year, last_year, schools, public_schools from delta union all select district_id, school_type, first_year, last_year, schools, public_schools from old) x
    group by district_id, school_type, first_year, last_year
    having sum(schools) <> 0 or sum(public_schools) <> 0;
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(s.sign) as roster_schools,
      coalesce(sum(s.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(s.sign * f.a07_denominator) as a07_denominator, sum(s.sign * f.a07_numerator) as a07_numerator, sum(s.sign * f.a08_denominator) as a08_denominator, sum(s.sign * f.a08_numerator) as a08_numerator, sum(s.sign * f.a09_denominator) as a09_denominator, sum(s.sign * f.a09_numerator) as a09_numerator, sum(s.sign * f.b33_denominator) as b33_denominator, sum(s.sign * f.b33_numerator) as b33_numerator, sum(s.sign * f.b34_denominator) as b34_denominator, sum(s.sign * f.b34_numerator) as b34_numerator, sum(s.sign * f.b35_denominator) as b35_denominator, sum(s.sign * f.b35_numerator) as b35_numerator, sum(s.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(s.sign * f.b43_teachers) as b43_teachers, sum(s.sign * f.b43_hours) as b43_hours
    from ((select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.ownership as ownership, old.inclusive as inclusive, old.opened_on as opened_on, old.closed_on as closed_on) union all (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.ownership as ownership, new.inclusive as inclusive, new.opened_on as opened_on, new.closed_on as closed_on)) s join staff_school_year_summary f on f.school_id = s.id
    where f.roster_rows > 0 and school_open_in(s.opened_on, s.closed_on, f.school_year)
    group by 1, 2, 3),
    old as (delete from staff_district_year_rollup where id in (
      select r.id from staff_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    insert into staff_district_year_rollup (district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours)
    select district_id, school_year, school_type, sum(roster_schools), sum(pe_schools), sum(a07_denominator), sum(a07_numerator), sum(a08_denominator), sum(a08_numerator), sum(a09_denominator), sum(a09_numerator), sum(b33_denominator), sum(b33_numerator), sum(b34_denominator), sum(b34_numerator), sum(b35_denominator), sum(b35_numerator), sum(b08_pe_teachers), sum(b43_teachers), sum(b43_hours)
    from (select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from delta union all select district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours from old) x
    group by district_id, school_year, school_type
    having sum(roster_schools) <> 0 or sum(pe_schools) <> 0 or sum(a07_denominator) <> 0 or sum(a07_numerator) <> 0 or sum(a08_denominator) <> 0 or sum(a08_numerator) <> 0 or sum(a09_denominator) <> 0 or sum(a09_numerator) <> 0 or sum(b33_denominator) <> 0 or sum(b33_numerator) <> 0 or sum(b34_denominator) <> 0 or sum(b34_numerator) <> 0 or sum(b35_denominator) <> 0 or sum(b35_numerator) <> 0 or sum(b08_pe_teachers) <> 0 or sum(b43_teachers) <> 0 or sum(b43_hours) <> 0;
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(s.sign) as reports,
      coalesce(sum(s.sign * r.health_tested), 0) as health_tested,
      coalesce(sum(s.sign * r.health_passed), 0) as health_passed,
      coalesce(sum(s.sign * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(s.sign) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(s.sign) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(s.sign) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(s.sign * g.large_classes) filter (where true), 0) as large_classes,
      coalesce(sum(s.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(s.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(s.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(s.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(s.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(s.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(s.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(s.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(s.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(s.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(s.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(s.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(s.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(s.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(s.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(s.sign) filter (where wireless_full_coverage), 0) as b37_yes,
      coalesce(sum(s.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(s.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(s.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(s.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(s.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(s.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from ((select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.ownership as ownership, old.inclusive as inclusive, old.opened_on as opened_on, old.closed_on as closed_on) union all (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.ownership as ownership, new.inclusive as inclusive, new.opened_on as opened_on, new.closed_on as closed_on)) s join school_reports r on r.school_id = s.id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
    with delta as (select s.district_id, qy.y as school_year, s.type as school_type,
      sum(s.sign) as quality_schools,
      coalesce(sum(s.sign) filter (where s.ownership = 'public'), 0) as quality_public
    from ((select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.ownership as ownership, old.inclusive as inclusive, old.opened_on as opened_on, old.closed_on as closed_on) union all (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.ownership as ownership, new.inclusive as inclusive, new.opened_on as opened_on, new.closed_on as closed_on)) s join lateral (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id = s.id) qy on true
    where school_open_in(s.opened_on, s.closed_on, qy.y)
    group by 1, 2, 3),
    old as (delete from quality_district_year_rollup where id in (
      select r.id from quality_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, quality_schools, quality_public)
    insert into quality_district_year_rollup (district_id, school_year, school_type, quality_schools, quality_public)
    select district_id, school_year, school_type, sum(quality_schools), sum(quality_public)
    from (select district_id, school_year, school_type, quality_schools, quality_public from delta union all select district_id, school_year, school_type, quality_schools, quality_public from old) x
    group by district_id, school_year, school_type
    having sum(quality_schools) <> 0 or sum(quality_public) <> 0;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function rollup_reports_apply() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(r.sign) as reports,
      coalesce(sum(r.sign * r.health_tested), 0) as health_tested,
      coalesce(sum(r.sign * r.health_passed), 0) as health_passed,
      coalesce(sum(r.sign * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(r.sign) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(r.sign) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(r.sign) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(r.sign * g.large_classes) filter (where true), 0) as large_classes,
      coalesce(sum(r.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(r.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(r.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(r.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(r.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(r.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(r.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(r.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(r.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(r.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(r.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(r.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(r.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(r.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(r.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(r.sign) filter (where wireless_full_coverage), 0) as b37_yes,
      coalesce(sum(r.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(r.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(r.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(r.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(r.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(r.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from (select 1 as sign, r.* from reports_new r) r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
  elsif tg_op = 'DELETE' then
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(r.sign) as reports,
      coalesce(sum(r.sign * r.health_tested), 0) as health_tested,
      coalesce(sum(r.sign * r.health_passed), 0) as health_passed,
      coalesce(sum(r.sign * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(r.sign) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(r.sign) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(r.sign) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(r.sign * g.large_classes) filter (where true), 0) as large_classes,
      coalesce(sum(r.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(r.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(r.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(r.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(r.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(r.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(r.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(r.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(r.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(r.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(r.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(r.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(r.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(r.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(r.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(r.sign) filter (where wireless_full_coverage), 0) as b37_yes,
      coalesce(sum(r.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(r.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(r.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(r.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(r.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(r.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from (select -1 as sign, r.* from school_reports r where r.id = old.id) r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
    return old;
  else
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(r.sign) as reports,
      coalesce(sum(r.sign * r.health_tested), 0) as health_tested,
      coalesce(sum(r.sign * r.health_passed), 0) as health_passed,
      coalesce(sum(r.sign * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(r.sign) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(r.sign) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(r.sign) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(r.sign * g.large_classes) filter (where true), 0) as large_classes,
      coalesce(sum(r.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(r.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(r.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(r.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(r.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(r.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(r.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(r.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(r.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(r.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(r.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(r.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(r.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(r.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(r.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(r.sign) filter (where wireless_full_coverage), 0) as b37_yes,
      coalesce(sum(r.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(r.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(r.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(r.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(r.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(r.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from (select 1 as sign, r.* from reports_new r union all select -1 as sign, r.* from reports_old r) r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
  end if;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function rollup_report_summary_apply() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      0 as reports,
      0 as health_tested,
      0 as health_passed,
      0 as health_good,
      0 as health_schools,
      0 as football_schools,
      0 as football_two_lessons,
      coalesce(sum(g.sign * g.large_classes) filter (where true), 0) as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes,
      coalesce(sum(g.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(g.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(g.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(g.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(g.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(g.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from (select 1 as sign, r.* from summary_new r) g join school_reports r on r.id = g.report_id join schools s on s.id = r.school_id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
  elsif tg_op = 'DELETE' then
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      0 as reports,
      0 as health_tested,
      0 as health_passed,
      0 as health_good,
      0 as health_schools,
      0 as football_schools,
      0 as football_two_lessons,
      coalesce(sum(g.sign * g.large_classes) filter (where true), 0) as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes,
      coalesce(sum(g.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(g.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(g.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(g.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(g.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(g.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from (select -1 as sign, r.* from summary_old r) g join school_reports r on r.id = g.report_id join schools s on s.id = r.school_id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
  else
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      0 as reports,
      0 as health_tested,
      0 as health_passed,
      0 as health_good,
      0 as health_schools,
      0 as football_schools,
      0 as football_two_lessons,
      coalesce(sum(g.sign * g.large_classes) filter (where true), 0) as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes,
      coalesce(sum(g.sign * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(g.sign * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(g.sign * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(g.sign * g.students) filter (where true), 0) as students,
      coalesce(sum(g.sign * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(g.sign * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from (select 1 as sign, r.* from summary_new r union all select -1 as sign, r.* from summary_old r) g join school_reports r on r.id = g.report_id join schools s on s.id = r.school_id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
  end if;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function rollup_quality_apply() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    if exists (select 1 from registers_new c where c.kind = 'quality_kindergarten' and c.school_id is not null) then
    perform 1 from schools s where s.id in (select c.school_id from registers_new c where c.kind = 'quality_kindergarten') order by s.id for no key update;
    with delta as (select s.district_id, qy.y as school_year, s.type as school_type,
      sum(qy.d) as quality_schools,
      coalesce(sum(qy.d) filter (where s.ownership = 'public'), 0) as quality_public
    from (select coalesce(a.school_id, b.school_id) as school_id, coalesce(a.y, b.y) as y,
      (a.y is not null)::int - (b.y is not null)::int as d
    from (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from registers_new c where c.kind = 'quality_kindergarten')) a full join (select distinct q.school_id, y::int as y
    from (select r.* from registers r where r.id not in (select id from registers_new)) q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from registers_new c where c.kind = 'quality_kindergarten')) b
      on b.school_id = a.school_id and b.y = a.y
    where a.y is null or b.y is null) qy join schools s on s.id = qy.school_id
    where school_open_in(s.opened_on, s.closed_on, qy.y)
    group by 1, 2, 3),
    old as (delete from quality_district_year_rollup where id in (
      select r.id from quality_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, quality_schools, quality_public)
    insert into quality_district_year_rollup (district_id, school_year, school_type, quality_schools, quality_public)
    select district_id, school_year, school_type, sum(quality_schools), sum(quality_public)
    from (select district_id, school_year, school_type, quality_schools, quality_public from delta union all select district_id, school_year, school_type, quality_schools, quality_public from old) x
    group by district_id, school_year, school_type
    having sum(quality_schools) <> 0 or sum(quality_public) <> 0;
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      0 as reports,
      0 as health_tested,
      0 as health_passed,
      0 as health_good,
      0 as health_schools,
      0 as football_schools,
      0 as football_two_lessons,
      0 as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes,
      0 as kg_students, 0 as upper_students, 0 as higher_students, 0 as students,
      0 as kg_inclusive,
      coalesce(sum(qy.d * g.kg_students), 0) as kg_quality
    from (select coalesce(a.school_id, b.school_id) as school_id, coalesce(a.y, b.y) as y,
      (a.y is not null)::int - (b.y is not null)::int as d
    from (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from registers_new c where c.kind = 'quality_kindergarten')) a full join (select distinct q.school_id, y::int as y
    from (select r.* from registers r where r.id not in (select id from registers_new)) q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from registers_new c where c.kind = 'quality_kindergarten')) b
      on b.school_id = a.school_id and b.y = a.y
    where a.y is null or b.y is null) qy join schools s on s.id = qy.school_id join school_reports r on r.school_id = s.id and r.school_year = qy.y left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
  end if;
  elsif tg_op = 'DELETE' then
    if exists (select 1 from registers_old c where c.kind = 'quality_kindergarten' and c.school_id is not null) then
    perform 1 from schools s where s.id in (select c.school_id from registers_old c where c.kind = 'quality_kindergarten') order by s.id for no key update;
    with delta as (select s.district_id, qy.y as school_year, s.type as school_type,
      sum(qy.d) as quality_schools,
      coalesce(sum(qy.d) filter (where s.ownership = 'public'), 0) as quality_public
    from (select coalesce(a.school_id, b.school_id) as school_id, coalesce(a.y, b.y) as y,
      (a.y is not null)::int - (b.y is not null)::int as d
    from (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from registers_old c where c.kind = 'quality_kindergarten')) a full join (select distinct q.school_id, y::int as y
    from (select r.* from registers r union all select r.* from registers_old r) q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from registers_old c where c.kind = 'quality_kindergarten')) b
      on b.school_id = a.school_id and b.y = a.y
    where a.y is null or b.y is null) qy join schools s on s.id = qy.school_id
    where school_open_in(s.opened_on, s.closed_on, qy.y)
    group by 1, 2, 3),
    old as (delete from quality_district_year_rollup where id in (
      select r.id from quality_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, quality_schools, quality_public)
    insert into quality_district_year_rollup (district_id, school_year, school_type, quality_schools, quality_public)
    select district_id, school_year, school_type, sum(quality_schools), sum(quality_public)
    from (select district_id, school_year, school_type, quality_schools, quality_public from delta union all select district_id, school_year, school_type, quality_schools, quality_public from old) x
    group by district_id, school_year, school_type
    having sum(quality_schools) <> 0 or sum(quality_public) <> 0;
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      0 as reports,
      0 as health_tested,
      0 as health_passed,
      0 as health_good,
      0 as health_schools,
      0 as football_schools,
      0 as football_two_lessons,
      0 as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes,
      0 as kg_students, 0 as upper_students, 0 as higher_students, 0 as students,
      0 as kg_inclusive,
      coalesce(sum(qy.d * g.kg_students), 0) as kg_quality
    from (select coalesce(a.school_id, b.school_id) as school_id, coalesce(a.y, b.y) as y,
      (a.y is not null)::int - (b.y is not null)::int as d
    from (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from registers_old c where c.kind = 'quality_kindergarten')) a full join (select distinct q.school_id, y::int as y
    from (select r.* from registers r union all select r.* from registers_old r) q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from registers_old c where c.kind = 'quality_kindergarten')) b
      on b.school_id = a.school_id and b.y = a.y
    where a.y is null or b.y is null) qy join schools s on s.id = qy.school_id join school_reports r on r.school_id = s.id and r.school_year = qy.y left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
  end if;
  else
    if exists (select 1 from (select * from registers_new union all select * from registers_old) c where c.kind = 'quality_kindergarten' and c.school_id is not null) then
    perform 1 from schools s where s.id in (select c.school_id from (select * from registers_new union all select * from registers_old) c where c.kind = 'quality_kindergarten') order by s.id for no key update;
    with delta as (select s.district_id, qy.y as school_year, s.type as school_type,
      sum(qy.d) as quality_schools,
      coalesce(sum(qy.d) filter (where s.ownership = 'public'), 0) as quality_public
    from (select coalesce(a.school_id, b.school_id) as school_id, coalesce(a.y, b.y) as y,
      (a.y is not null)::int - (b.y is not null)::int as d
    from (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from (select * from registers_new union all select * from registers_old) c where c.kind = 'quality_kindergarten')) a full join (select distinct q.school_id, y::int as y
    from (select r.* from (select r.* from registers r where r.id not in (select id from registers_new)) r union all select r.* from registers_old r) q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from (select * from registers_new union all select * from registers_old) c where c.kind = 'quality_kindergarten')) b
      on b.school_id = a.school_id and b.y = a.y
    where a.y is null or b.y is null) qy join schools s on s.id = qy.school_id
    where school_open_in(s.opened_on, s.closed_on, qy.y)
    group by 1, 2, 3),
    old as (delete from quality_district_year_rollup where id in (
      select r.id from quality_district_year_rollup r join (select distinct district_id, school_year, school_type from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type
      for update of r skip locked)
      returning district_id, school_year, school_type, quality_schools, quality_public)
    insert into quality_district_year_rollup (district_id, school_year, school_type, quality_schools, quality_public)
    select district_id, school_year, school_type, sum(quality_schools), sum(quality_public)
    from (select district_id, school_year, school_type, quality_schools, quality_public from delta union all select district_id, school_year, school_type, quality_schools, quality_public from old) x
    group by district_id, school_year, school_type
    having sum(quality_schools) <> 0 or sum(quality_public) <> 0;
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      0 as reports,
      0 as health_tested,
      0 as health_passed,
      0 as health_good,
      0 as health_schools,
      0 as football_schools,
      0 as football_two_lessons,
      0 as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes,
      0 as kg_students, 0 as upper_students, 0 as higher_students, 0 as students,
      0 as kg_inclusive,
      coalesce(sum(qy.d * g.kg_students), 0) as kg_quality
    from (select coalesce(a.school_id, b.school_id) as school_id, coalesce(a.y, b.y) as y,
      (a.y is not null)::int - (b.y is not null)::int as d
    from (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from (select * from registers_new union all select * from registers_old) c where c.kind = 'quality_kindergarten')) a full join (select distinct q.school_id, y::int as y
    from (select r.* from (select r.* from registers r where r.id not in (select id from registers_new)) r union all select r.* from registers_old r) q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and q.school_id in (select c.school_id from (select * from registers_new union all select * from registers_old) c where c.kind = 'quality_kindergarten')) b
      on b.school_id = a.school_id and b.y = a.y
    where a.y is null or b.y is null) qy join schools s on s.id = qy.school_id join school_reports r on r.school_id = s.id and r.school_year = qy.y left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes), sum(kg_students), sum(upper_students), sum(higher_students), sum(students), sum(kg_inclusive), sum(kg_quality)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0 or sum(kg_students) <> 0 or sum(upper_students) <> 0 or sum(higher_students) <> 0 or sum(students) <> 0 or sum(kg_inclusive) <> 0 or sum(kg_quality) <> 0;
  end if;
  end if;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function rollup_quality_truncate() returns trigger language plpgsql as $fn$
begin
  delete from quality_district_year_rollup;
  update report_district_year_rollup set kg_quality = 0 where kg_quality <> 0;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function rollup_reports_truncate() returns trigger language plpgsql as $fn$
begin
  delete from report_district_year_rollup;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function rollup_staff_truncate() returns trigger language plpgsql as $fn$
begin
  delete from staff_district_year_rollup;
  return null;
end
$fn$;
--> statement-breakpoint
create or replace function rollup_schools_truncate() returns trigger language plpgsql as $fn$
begin
  delete from school_open_count;
  delete from staff_district_year_rollup;
  delete from report_district_year_rollup;
  delete from quality_district_year_rollup;
  return null;
end
$fn$;
--> statement-breakpoint
drop trigger rollup_school_move on schools;
--> statement-breakpoint
create trigger rollup_school_move after update of district_id, type, ownership, inclusive, opened_on, closed_on on schools for each row when (old.district_id is distinct from new.district_id or old.type is distinct from new.type or old.ownership is distinct from new.ownership or old.inclusive is distinct from new.inclusive or old.opened_on is distinct from new.opened_on or old.closed_on is distinct from new.closed_on) execute function rollup_school_move();
--> statement-breakpoint
create trigger rollup_quality_insert after insert on registers referencing new table as registers_new for each statement execute function rollup_quality_apply();
--> statement-breakpoint
create trigger rollup_quality_update after update on registers referencing old table as registers_old new table as registers_new for each statement execute function rollup_quality_apply();
--> statement-breakpoint
create trigger rollup_quality_delete after delete on registers referencing old table as registers_old for each statement execute function rollup_quality_apply();
--> statement-breakpoint
create trigger rollup_quality_truncate after truncate on registers for each statement execute function rollup_quality_truncate();
--> statement-breakpoint
delete from school_open_count;
--> statement-breakpoint
insert into school_open_count (district_id, school_type, first_year, last_year, schools, public_schools) select s.district_id, s.type as school_type, coalesce(extract(year from s.opened_on)::int + (s.opened_on > make_date(extract(year from s.opened_on)::int, 9, 1))::int, 0) as first_year, coalesce(extract(year from s.closed_on)::int - (s.closed_on <= make_date(extract(year from s.closed_on)::int, 9, 1))::int, 9999) as last_year,
      sum(1) as schools, coalesce(sum(1) filter (where s.ownership = 'public'), 0) as public_schools
    from schools s
    group by 1, 2, 3, 4;
--> statement-breakpoint
delete from report_district_year_rollup;
--> statement-breakpoint
insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes, kg_students, upper_students, higher_students, students, kg_inclusive, kg_quality) select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(1) as reports,
      coalesce(sum(1 * r.health_tested), 0) as health_tested,
      coalesce(sum(1 * r.health_passed), 0) as health_passed,
      coalesce(sum(1 * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(1) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(1) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(1) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(1 * g.large_classes) filter (where true), 0) as large_classes,
      coalesce(sum(1) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(1) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(1) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(1) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(1) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(1) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(1) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(1) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(1) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(1) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(1) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(1) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(1) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(1) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(1) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(1) filter (where wireless_full_coverage), 0) as b37_yes,
      coalesce(sum(1 * g.kg_students) filter (where true), 0) as kg_students, coalesce(sum(1 * g.upper_students) filter (where true), 0) as upper_students, coalesce(sum(1 * g.higher_students) filter (where true), 0) as higher_students, coalesce(sum(1 * g.students) filter (where true), 0) as students,
      coalesce(sum(1 * g.kg_students) filter (where s.ownership = 'public' or s.inclusive), 0) as kg_inclusive,
      coalesce(sum(1 * g.kg_students) filter (where exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, 2100))), 0) as kg_quality
    from school_reports r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4;
--> statement-breakpoint
insert into quality_district_year_rollup (district_id, school_year, school_type, quality_schools, quality_public) select s.district_id, qy.y as school_year, s.type as school_type,
      sum(1) as quality_schools,
      coalesce(sum(1) filter (where s.ownership = 'public'), 0) as quality_public
    from schools s join (select distinct q.school_id, y::int as y
    from registers q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, 2100)) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and true) qy on qy.school_id = s.id
    where school_open_in(s.opened_on, s.closed_on, qy.y)
    group by 1, 2, 3;
