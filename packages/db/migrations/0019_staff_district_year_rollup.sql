CREATE TABLE "school_open_count" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "school_open_count_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_id" uuid NOT NULL,
	"school_type" text NOT NULL,
	"first_year" integer NOT NULL,
	"last_year" integer NOT NULL,
	"schools" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_district_year_rollup" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "staff_district_year_rollup_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"school_type" text NOT NULL,
	"roster_schools" integer DEFAULT 0 NOT NULL,
	"pe_schools" integer DEFAULT 0 NOT NULL,
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
	"b43_hours" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "school_open_count" ADD CONSTRAINT "school_open_count_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_district_year_rollup" ADD CONSTRAINT "staff_district_year_rollup_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "school_open_count_key_idx" ON "school_open_count" USING btree ("district_id","school_type","first_year","last_year");--> statement-breakpoint
CREATE INDEX "staff_district_year_rollup_key_idx" ON "staff_district_year_rollup" USING btree ("district_id","school_year","school_type");--> statement-breakpoint
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
  return null;
end
$fn$;
--> statement-breakpoint
create trigger rollup_staff_insert after insert on staff_school_year_summary referencing new table as summary_new for each statement execute function rollup_staff_apply();
--> statement-breakpoint
create trigger rollup_staff_update after update on staff_school_year_summary referencing old table as summary_old new table as summary_new for each statement execute function rollup_staff_apply();
--> statement-breakpoint
create trigger rollup_staff_delete after delete on staff_school_year_summary referencing old table as summary_old for each statement execute function rollup_staff_apply();
--> statement-breakpoint
create trigger rollup_staff_truncate after truncate on staff_school_year_summary for each statement execute function rollup_staff_truncate();
--> statement-breakpoint
create trigger rollup_school_insert after insert on schools for each row execute function rollup_school_move();
--> statement-breakpoint
create trigger rollup_school_move after update of district_id, type, opened_on, closed_on on schools for each row when (old.district_id is distinct from new.district_id or old.type is distinct from new.type or old.opened_on is distinct from new.opened_on or old.closed_on is distinct from new.closed_on) execute function rollup_school_move();
--> statement-breakpoint
create trigger rollup_school_delete before delete on schools for each row execute function rollup_school_move();
--> statement-breakpoint
create trigger rollup_schools_truncate after truncate on schools for each statement execute function rollup_schools_truncate();
--> statement-breakpoint
insert into school_open_count (district_id, school_type, first_year, last_year, schools) select s.district_id, s.type as school_type, coalesce(extract(year from s.opened_on)::int + (s.opened_on > make_date(extract(year from s.opened_on)::int, 9, 1))::int, 0) as first_year, coalesce(extract(year from s.closed_on)::int - (s.closed_on <= make_date(extract(year from s.closed_on)::int, 9, 1))::int, 9999) as last_year,
      sum(1) as schools
    from schools s
    group by 1, 2, 3, 4;
--> statement-breakpoint
insert into staff_district_year_rollup (district_id, school_year, school_type, roster_schools, pe_schools, a07_denominator, a07_numerator, a08_denominator, a08_numerator, a09_denominator, a09_numerator, b33_denominator, b33_numerator, b34_denominator, b34_numerator, b35_denominator, b35_numerator, b08_pe_teachers, b43_teachers, b43_hours) select s.district_id, f.school_year, s.type as school_type,
      sum(1) as roster_schools,
      coalesce(sum(1) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      sum(1 * f.a07_denominator) as a07_denominator, sum(1 * f.a07_numerator) as a07_numerator, sum(1 * f.a08_denominator) as a08_denominator, sum(1 * f.a08_numerator) as a08_numerator, sum(1 * f.a09_denominator) as a09_denominator, sum(1 * f.a09_numerator) as a09_numerator, sum(1 * f.b33_denominator) as b33_denominator, sum(1 * f.b33_numerator) as b33_numerator, sum(1 * f.b34_denominator) as b34_denominator, sum(1 * f.b34_numerator) as b34_numerator, sum(1 * f.b35_denominator) as b35_denominator, sum(1 * f.b35_numerator) as b35_numerator, sum(1 * f.b08_pe_teachers) as b08_pe_teachers, sum(1 * f.b43_teachers) as b43_teachers, sum(1 * f.b43_hours) as b43_hours
    from staff_school_year_summary f join schools s on s.id = f.school_id
    where f.roster_rows > 0 and school_open_in(s.opened_on, s.closed_on, f.school_year)
    group by 1, 2, 3;
