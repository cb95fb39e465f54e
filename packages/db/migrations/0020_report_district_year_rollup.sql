CREATE TABLE "report_district_year_rollup" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_district_year_rollup_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"school_type" text NOT NULL,
	"status" text NOT NULL,
	"reports" integer DEFAULT 0 NOT NULL,
	"health_tested" integer DEFAULT 0 NOT NULL,
	"health_passed" integer DEFAULT 0 NOT NULL,
	"health_good" integer DEFAULT 0 NOT NULL,
	"health_schools" integer DEFAULT 0 NOT NULL,
	"football_schools" integer DEFAULT 0 NOT NULL,
	"football_two_lessons" integer DEFAULT 0 NOT NULL,
	"large_classes" integer DEFAULT 0 NOT NULL,
	"b06_answered" integer DEFAULT 0 NOT NULL,
	"b06_yes" integer DEFAULT 0 NOT NULL,
	"b07_answered" integer DEFAULT 0 NOT NULL,
	"b07_yes" integer DEFAULT 0 NOT NULL,
	"b09_answered" integer DEFAULT 0 NOT NULL,
	"b09_yes" integer DEFAULT 0 NOT NULL,
	"b10_answered" integer DEFAULT 0 NOT NULL,
	"b10_yes" integer DEFAULT 0 NOT NULL,
	"b13_answered" integer DEFAULT 0 NOT NULL,
	"b13_yes" integer DEFAULT 0 NOT NULL,
	"b15_answered" integer DEFAULT 0 NOT NULL,
	"b15_yes" integer DEFAULT 0 NOT NULL,
	"b19_answered" integer DEFAULT 0 NOT NULL,
	"b19_yes" integer DEFAULT 0 NOT NULL,
	"b37_answered" integer DEFAULT 0 NOT NULL,
	"b37_yes" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_district_year_rollup" ADD CONSTRAINT "report_district_year_rollup_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_district_year_rollup_key_idx" ON "report_district_year_rollup" USING btree ("district_id","school_year","school_type","status");--> statement-breakpoint
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
      sum(s.sign) as schools
    from (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.opened_on as opened_on, new.closed_on as closed_on) s
    group by 1, 2, 3, 4),
    old as (delete from school_open_count where id in (
      select r.id from school_open_count r join (select distinct district_id, school_type, first_year, last_year from delta) k on r.district_id = k.district_id and r.school_type = k.school_type and r.first_year = k.first_year and r.last_year = k.last_year
      for update of r skip locked)
      returning district_id, school_type, first_year, last_year, schools)
    insert into school_open_count (district_id, school_type, first_year, last_year, schools)
    select district_id, school_type, first_year, last_year, sum(schools)
    from (select district_id, school_type, first_year, last_year, schools from delta union all select district_id, school_type, first_year, last_year, schools from old) x
    group by district_id, school_type, first_year, last_year
    having sum(schools) <> 0;
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(s.sign) as roster_schools,
      coalesce(sum(s.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(s.sign * f.a07_denominator) as a07_denominator, sum(s.sign * f.a07_numerator) as a07_numerator, sum(s.sign * f.a08_denominator) as a08_denominator, sum(s.sign * f.a08_numerator) as a08_numerator, sum(s.sign * f.a09_denominator) as a09_denominator, sum(s.sign * f.a09_numerator) as a09_numerator, sum(s.sign * f.b33_denominator) as b33_denominator, sum(s.sign * f.b33_numerator) as b33_numerator, sum(s.sign * f.b34_denominator) as b34_denominator, sum(s.sign * f.b34_numerator) as b34_numerator, sum(s.sign * f.b35_denominator) as b35_denominator, sum(s.sign * f.b35_numerator) as b35_numerator, sum(s.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(s.sign * f.b43_teachers) as b43_teachers, sum(s.sign * f.b43_hours) as b43_hours
    from (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.opened_on as opened_on, new.closed_on as closed_on) s join staff_school_year_summary f on f.school_id = s.id
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
      coalesce(sum(s.sign * g.large_classes), 0) as large_classes,
      coalesce(sum(s.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(s.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(s.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(s.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(s.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(s.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(s.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(s.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(s.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(s.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(s.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(s.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(s.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(s.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(s.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(s.sign) filter (where wireless_full_coverage), 0) as b37_yes
    from (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.opened_on as opened_on, new.closed_on as closed_on) s join school_reports r on r.school_id = s.id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
    return null;
  elsif tg_op = 'DELETE' then
    with delta as (select s.district_id, s.type as school_type, coalesce(extract(year from s.opened_on)::int + (s.opened_on > make_date(extract(year from s.opened_on)::int, 9, 1))::int, 0) as first_year, coalesce(extract(year from s.closed_on)::int - (s.closed_on <= make_date(extract(year from s.closed_on)::int, 9, 1))::int, 9999) as last_year,
      sum(s.sign) as schools
    from (select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.opened_on as opened_on, old.closed_on as closed_on) s
    group by 1, 2, 3, 4),
    old as (delete from school_open_count where id in (
      select r.id from school_open_count r join (select distinct district_id, school_type, first_year, last_year from delta) k on r.district_id = k.district_id and r.school_type = k.school_type and r.first_year = k.first_year and r.last_year = k.last_year
      for update of r skip locked)
      returning district_id, school_type, first_year, last_year, schools)
    insert into school_open_count (district_id, school_type, first_year, last_year, schools)
    select district_id, school_type, first_year, last_year, sum(schools)
    from (select district_id, school_type, first_year, last_year, schools from delta union all select district_id, school_type, first_year, last_year, schools from old) x
    group by district_id, school_type, first_year, last_year
    having sum(schools) <> 0;
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(s.sign) as roster_schools,
      coalesce(sum(s.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(s.sign * f.a07_denominator) as a07_denominator, sum(s.sign * f.a07_numerator) as a07_numerator, sum(s.sign * f.a08_denominator) as a08_denominator, sum(s.sign * f.a08_numerator) as a08_numerator, sum(s.sign * f.a09_denominator) as a09_denominator, sum(s.sign * f.a09_numerator) as a09_numerator, sum(s.sign * f.b33_denominator) as b33_denominator, sum(s.sign * f.b33_numerator) as b33_numerator, sum(s.sign * f.b34_denominator) as b34_denominator, sum(s.sign * f.b34_numerator) as b34_numerator, sum(s.sign * f.b35_denominator) as b35_denominator, sum(s.sign * f.b35_numerator) as b35_numerator, sum(s.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(s.sign * f.b43_teachers) as b43_teachers, sum(s.sign * f.b43_hours) as b43_hours
    from (select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.opened_on as opened_on, old.closed_on as closed_on) s join staff_school_year_summary f on f.school_id = s.id
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
      coalesce(sum(s.sign * g.large_classes), 0) as large_classes,
      coalesce(sum(s.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(s.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(s.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(s.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(s.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(s.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(s.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(s.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(s.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(s.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(s.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(s.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(s.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(s.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(s.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(s.sign) filter (where wireless_full_coverage), 0) as b37_yes
    from (select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.opened_on as opened_on, old.closed_on as closed_on) s join school_reports r on r.school_id = s.id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
    return old;
  end if;
  with delta as (select s.district_id, s.type as school_type, coalesce(extract(year from s.opened_on)::int + (s.opened_on > make_date(extract(year from s.opened_on)::int, 9, 1))::int, 0) as first_year, coalesce(extract(year from s.closed_on)::int - (s.closed_on <= make_date(extract(year from s.closed_on)::int, 9, 1))::int, 9999) as last_year,
      sum(s.sign) as schools
    from ((select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.opened_on as opened_on, old.closed_on as closed_on) union all (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.opened_on as opened_on, new.closed_on as closed_on)) s
    group by 1, 2, 3, 4),
    old as (delete from school_open_count where id in (
      select r.id from school_open_count r join (select distinct district_id, school_type, first_year, last_year from delta) k on r.district_id = k.district_id and r.school_type = k.school_type and r.first_year = k.first_year and r.last_year = k.last_year
      for update of r skip locked)
      returning district_id, school_type, first_year, last_year, schools)
    insert into school_open_count (district_id, school_type, first_year, last_year, schools)
    select district_id, school_type, first_year, last_year, sum(schools)
    from (select district_id, school_type, first_year, last_year, schools from delta union all select district_id, school_type, first_year, last_year, schools from old) x
    group by district_id, school_type, first_year, last_year
    having sum(schools) <> 0;
    with delta as (select s.district_id, f.school_year, s.type as school_type,
      sum(s.sign) as roster_schools,
      coalesce(sum(s.sign) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(s.sign * f.a07_denominator) as a07_denominator, sum(s.sign * f.a07_numerator) as a07_numerator, sum(s.sign * f.a08_denominator) as a08_denominator, sum(s.sign * f.a08_numerator) as a08_numerator, sum(s.sign * f.a09_denominator) as a09_denominator, sum(s.sign * f.a09_numerator) as a09_numerator, sum(s.sign * f.b33_denominator) as b33_denominator, sum(s.sign * f.b33_numerator) as b33_numerator, sum(s.sign * f.b34_denominator) as b34_denominator, sum(s.sign * f.b34_numerator) as b34_numerator, sum(s.sign * f.b35_denominator) as b35_denominator, sum(s.sign * f.b35_numerator) as b35_numerator, sum(s.sign * f.b08_pe_teachers) as b08_pe_teachers, sum(s.sign * f.b43_teachers) as b43_teachers, sum(s.sign * f.b43_hours) as b43_hours
    from ((select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.opened_on as opened_on, old.closed_on as closed_on) union all (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.opened_on as opened_on, new.closed_on as closed_on)) s join staff_school_year_summary f on f.school_id = s.id
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
      coalesce(sum(s.sign * g.large_classes), 0) as large_classes,
      coalesce(sum(s.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(s.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(s.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(s.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(s.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(s.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(s.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(s.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(s.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(s.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(s.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(s.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(s.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(s.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(s.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(s.sign) filter (where wireless_full_coverage), 0) as b37_yes
    from ((select -1 as sign, old.id as id, old.district_id as district_id, old.type as type, old.opened_on as opened_on, old.closed_on as closed_on) union all (select 1 as sign, new.id as id, new.district_id as district_id, new.type as type, new.opened_on as opened_on, new.closed_on as closed_on)) s join school_reports r on r.school_id = s.id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
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
      coalesce(sum(r.sign * g.large_classes), 0) as large_classes,
      coalesce(sum(r.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(r.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(r.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(r.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(r.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(r.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(r.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(r.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(r.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(r.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(r.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(r.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(r.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(r.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(r.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(r.sign) filter (where wireless_full_coverage), 0) as b37_yes
    from (select 1 as sign, r.* from reports_new r) r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
  elsif tg_op = 'DELETE' then
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(r.sign) as reports,
      coalesce(sum(r.sign * r.health_tested), 0) as health_tested,
      coalesce(sum(r.sign * r.health_passed), 0) as health_passed,
      coalesce(sum(r.sign * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(r.sign) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(r.sign) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(r.sign) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(r.sign * g.large_classes), 0) as large_classes,
      coalesce(sum(r.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(r.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(r.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(r.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(r.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(r.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(r.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(r.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(r.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(r.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(r.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(r.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(r.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(r.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(r.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(r.sign) filter (where wireless_full_coverage), 0) as b37_yes
    from (select -1 as sign, r.* from school_reports r where r.id = old.id) r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
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
      coalesce(sum(r.sign * g.large_classes), 0) as large_classes,
      coalesce(sum(r.sign) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(r.sign) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(r.sign) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(r.sign) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(r.sign) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(r.sign) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(r.sign) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(r.sign) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(r.sign) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(r.sign) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(r.sign) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(r.sign) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(r.sign) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(r.sign) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(r.sign) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(r.sign) filter (where wireless_full_coverage), 0) as b37_yes
    from (select 1 as sign, r.* from reports_new r union all select -1 as sign, r.* from reports_old r) r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
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
      coalesce(sum(g.sign * g.large_classes), 0) as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes
    from (select 1 as sign, r.* from summary_new r) g join school_reports r on r.id = g.report_id join schools s on s.id = r.school_id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
  elsif tg_op = 'DELETE' then
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      0 as reports,
      0 as health_tested,
      0 as health_passed,
      0 as health_good,
      0 as health_schools,
      0 as football_schools,
      0 as football_two_lessons,
      coalesce(sum(g.sign * g.large_classes), 0) as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes
    from (select -1 as sign, r.* from summary_old r) g join school_reports r on r.id = g.report_id join schools s on s.id = r.school_id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
  else
    with delta as (select s.district_id, r.school_year, s.type as school_type, r.status,
      0 as reports,
      0 as health_tested,
      0 as health_passed,
      0 as health_good,
      0 as health_schools,
      0 as football_schools,
      0 as football_two_lessons,
      coalesce(sum(g.sign * g.large_classes), 0) as large_classes,
      0 as b06_answered, 0 as b06_yes,
      0 as b07_answered, 0 as b07_yes,
      0 as b09_answered, 0 as b09_yes,
      0 as b10_answered, 0 as b10_yes,
      0 as b13_answered, 0 as b13_yes,
      0 as b15_answered, 0 as b15_yes,
      0 as b19_answered, 0 as b19_yes,
      0 as b37_answered, 0 as b37_yes
    from (select 1 as sign, r.* from summary_new r union all select -1 as sign, r.* from summary_old r) g join school_reports r on r.id = g.report_id join schools s on s.id = r.school_id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4),
    old as (delete from report_district_year_rollup where id in (
      select r.id from report_district_year_rollup r join (select distinct district_id, school_year, school_type, status from delta) k on r.district_id = k.district_id and r.school_year = k.school_year and r.school_type = k.school_type and r.status = k.status
      for update of r skip locked)
      returning district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes)
    select district_id, school_year, school_type, status, sum(reports), sum(health_tested), sum(health_passed), sum(health_good), sum(health_schools), sum(football_schools), sum(football_two_lessons), sum(large_classes), sum(b06_answered), sum(b06_yes), sum(b07_answered), sum(b07_yes), sum(b09_answered), sum(b09_yes), sum(b10_answered), sum(b10_yes), sum(b13_answered), sum(b13_yes), sum(b15_answered), sum(b15_yes), sum(b19_answered), sum(b19_yes), sum(b37_answered), sum(b37_yes)
    from (select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from delta union all select district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes from old) x
    group by district_id, school_year, school_type, status
    having sum(reports) <> 0 or sum(health_tested) <> 0 or sum(health_passed) <> 0 or sum(health_good) <> 0 or sum(health_schools) <> 0 or sum(football_schools) <> 0 or sum(football_two_lessons) <> 0 or sum(large_classes) <> 0 or sum(b06_answered) <> 0 or sum(b06_yes) <> 0 or sum(b07_answered) <> 0 or sum(b07_yes) <> 0 or sum(b09_answered) <> 0 or sum(b09_yes) <> 0 or sum(b10_answered) <> 0 or sum(b10_yes) <> 0 or sum(b13_answered) <> 0 or sum(b13_yes) <> 0 or sum(b15_answered) <> 0 or sum(b15_yes) <> 0 or sum(b19_answered) <> 0 or sum(b19_yes) <> 0 or sum(b37_answered) <> 0 or sum(b37_yes) <> 0;
  end if;
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
  return null;
end
$fn$;
--> statement-breakpoint
create trigger rollup_reports_insert after insert on school_reports referencing new table as reports_new for each statement execute function rollup_reports_apply();
--> statement-breakpoint
create trigger rollup_reports_update after update on school_reports referencing old table as reports_old new table as reports_new for each statement execute function rollup_reports_apply();
--> statement-breakpoint
create trigger rollup_reports_delete before delete on school_reports for each row execute function rollup_reports_apply();
--> statement-breakpoint
create trigger rollup_reports_truncate after truncate on school_reports for each statement execute function rollup_reports_truncate();
--> statement-breakpoint
create trigger rollup_report_summary_insert after insert on school_report_summary referencing new table as summary_new for each statement execute function rollup_report_summary_apply();
--> statement-breakpoint
create trigger rollup_report_summary_update after update on school_report_summary referencing old table as summary_old new table as summary_new for each statement execute function rollup_report_summary_apply();
--> statement-breakpoint
create trigger rollup_report_summary_delete after delete on school_report_summary referencing old table as summary_old for each statement execute function rollup_report_summary_apply();
--> statement-breakpoint
insert into report_district_year_rollup (district_id, school_year, school_type, status, reports, health_tested, health_passed, health_good, health_schools, football_schools, football_two_lessons, large_classes, b06_answered, b06_yes, b07_answered, b07_yes, b09_answered, b09_yes, b10_answered, b10_yes, b13_answered, b13_yes, b15_answered, b15_yes, b19_answered, b19_yes, b37_answered, b37_yes) select s.district_id, r.school_year, s.type as school_type, r.status,
      sum(1) as reports,
      coalesce(sum(1 * r.health_tested), 0) as health_tested,
      coalesce(sum(1 * r.health_passed), 0) as health_passed,
      coalesce(sum(1 * r.health_good_or_excellent), 0) as health_good,
      coalesce(sum(1) filter (where r.health_tested > 0), 0) as health_schools,
      coalesce(sum(1) filter (where r.football_feature_school), 0) as football_schools,
      coalesce(sum(1) filter (where r.football_feature_school and r.football_lessons_per_week >= 2), 0) as football_two_lessons,
      coalesce(sum(1 * g.large_classes), 0) as large_classes,
      coalesce(sum(1) filter (where (meets_pe_hygiene_standard) is not null), 0) as b06_answered, coalesce(sum(1) filter (where meets_pe_hygiene_standard), 0) as b06_yes,
      coalesce(sum(1) filter (where (implements_curriculum_standards) is not null), 0) as b07_answered, coalesce(sum(1) filter (where implements_curriculum_standards), 0) as b07_yes,
      coalesce(sum(1) filter (where (has_sports_brand) is not null), 0) as b09_answered, coalesce(sum(1) filter (where has_sports_brand), 0) as b09_yes,
      coalesce(sum(1) filter (where (implements_health_standard) is not null), 0) as b10_answered, coalesce(sum(1) filter (where implements_health_standard), 0) as b10_yes,
      coalesce(sum(1) filter (where (held_sports_meeting) is not null), 0) as b13_answered, coalesce(sum(1) filter (where held_sports_meeting), 0) as b13_yes,
      coalesce(sum(1) filter (where (held_arts_festival) is not null), 0) as b15_answered, coalesce(sum(1) filter (where held_arts_festival), 0) as b15_yes,
      coalesce(sum(1) filter (where ((innovation_labs >= 1)) is not null), 0) as b19_answered, coalesce(sum(1) filter (where (innovation_labs >= 1)), 0) as b19_yes,
      coalesce(sum(1) filter (where (wireless_full_coverage) is not null), 0) as b37_answered, coalesce(sum(1) filter (where wireless_full_coverage), 0) as b37_yes
    from school_reports r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4;
