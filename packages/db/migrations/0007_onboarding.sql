CREATE TABLE "backfill_windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_year" smallint NOT NULL,
	"district_id" uuid NOT NULL,
	"school_id" uuid,
	"reason" text NOT NULL,
	"opens_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"opened_by" uuid,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "backfill_windows_year_ck" CHECK ("backfill_windows"."school_year" between 2000 and 2100),
	CONSTRAINT "backfill_windows_order_ck" CHECK ("backfill_windows"."opens_at" < "backfill_windows"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "city" (
	"singleton" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"bureau_name" text NOT NULL,
	"plan_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "city_singleton_ck" CHECK ("city"."singleton" = 1),
	CONSTRAINT "city_code_ck" CHECK ("city"."code" ~ '^[1-9][0-9]{3}00$'),
	CONSTRAINT "city_plan_ck" CHECK (plan_id in ('wuhai2035'))
);
--> statement-breakpoint
ALTER TABLE "schools" DROP CONSTRAINT "schools_area_ck";--> statement-breakpoint
DROP INDEX "users_username_uq";--> statement-breakpoint
ALTER TABLE "districts" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "districts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "urban_rural_code" text DEFAULT '111' NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "mining_area" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "opened_on" date;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "closure_reason" text;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- 城区/农区/矿区 → 城乡分类代码 (urban 111 主城区, rural 220 村庄, mining 122 镇乡结合区 with the 矿区 tag);
-- a school marked inactive closes on the day it was last changed (Beijing time)
UPDATE "schools" SET
	"urban_rural_code" = CASE "area" WHEN 'urban' THEN '111' WHEN 'rural' THEN '220' ELSE '122' END,
	"mining_area" = ("area" = 'mining'),
	"closed_on" = CASE WHEN "active" THEN NULL ELSE ("updated_at" AT TIME ZONE 'Asia/Shanghai')::date END;--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "active";--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "active" boolean GENERATED ALWAYS AS (closed_on is null) STORED;--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "area";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "backfill_windows" ADD CONSTRAINT "backfill_windows_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backfill_windows" ADD CONSTRAINT "backfill_windows_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backfill_windows" ADD CONSTRAINT "backfill_windows_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backfill_windows" ADD CONSTRAINT "backfill_windows_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "backfill_windows_year_idx" ON "backfill_windows" USING btree ("school_year");--> statement-breakpoint
CREATE INDEX "backfill_windows_district_idx" ON "backfill_windows" USING btree ("district_id");--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_merged_into_id_schools_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."schools"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree (lower("username"));--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_urban_rural_ck" CHECK (urban_rural_code in ('111', '112', '121', '122', '123', '210', '220'));--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_code_ck" CHECK ("schools"."code" ~ '^[0-9]{10}$');--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_lifecycle_ck" CHECK ("schools"."opened_on" is null or "schools"."closed_on" is null or "schools"."opened_on" < "schools"."closed_on");--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_merge_ck" CHECK ("schools"."merged_into_id" is null or ("schools"."closed_on" is not null and "schools"."merged_into_id" <> "schools"."id"));--> statement-breakpoint
-- Whether a school belongs to school year Y: open at its 统计时点, 1 September Y (domain
-- schoolYear.ts censusDate; packages/db/src/schema/schools.ts). The one definition every
-- per-year query uses.
CREATE FUNCTION "school_open_in"("opened_on" date, "closed_on" date, "school_year" integer) RETURNS boolean
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN ("opened_on" IS NULL OR "opened_on" <= make_date("school_year", 9, 1))
		AND ("closed_on" IS NULL OR "closed_on" > make_date("school_year", 9, 1));
