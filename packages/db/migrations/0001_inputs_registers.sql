CREATE TABLE "city_inputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_year" smallint NOT NULL,
	"new_labour_upper_secondary_rate" numeric(5, 2),
	"community_education_rate" numeric(5, 2),
	"city_education_spending" bigint,
	"gdp" numeric(16, 0),
	"teacher_average_pay" integer,
	"civil_servant_average_pay" integer,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "city_inputs_year_ck" CHECK ("city_inputs"."school_year" between 2000 and 2100),
	CONSTRAINT "city_inputs_rates_ck" CHECK (("city_inputs"."new_labour_upper_secondary_rate" is null or "city_inputs"."new_labour_upper_secondary_rate" between 0 and 100) and ("city_inputs"."community_education_rate" is null or "city_inputs"."community_education_rate" between 0 and 100)),
	CONSTRAINT "city_inputs_nonneg_ck" CHECK (coalesce("city_inputs"."city_education_spending", 0) >= 0 and coalesce("city_inputs"."gdp", 0) >= 0 and coalesce("city_inputs"."teacher_average_pay", 0) >= 0 and coalesce("city_inputs"."civil_servant_average_pay", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "registers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"district_id" uuid,
	"school_id" uuid,
	"level" text,
	"from_year" smallint NOT NULL,
	"to_year" smallint,
	"quantity" integer DEFAULT 1 NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registers_kind_ck" CHECK (kind in ('balance_certification', 'early_education_centre', 'mongolian_researcher_post', 'curriculum_leadership_round', 'model_vocational_major', 'brand_vocational_major', 'brand_course', 'high_level_pilot_major', 'vocational_group', 'school_enterprise_brand', 'training_base', 'cobuilt_vocational_school', 'undergraduate_upgrade', 'high_level_vocational_school', 'quality_kindergarten', 'smart_benchmark_school', 'modernisation_pilot_zone')),
	CONSTRAINT "registers_level_ck" CHECK (level is null or level in ('city', 'region', 'national')),
	CONSTRAINT "registers_school_district_ck" CHECK ("registers"."school_id" is null or "registers"."district_id" is not null),
	CONSTRAINT "registers_years_ck" CHECK ("registers"."from_year" between 2000 and 2100 and ("registers"."to_year" is null or ("registers"."to_year" between 2000 and 2100 and "registers"."to_year" >= "registers"."from_year"))),
	CONSTRAINT "registers_quantity_ck" CHECK ("registers"."quantity" between 1 and 10000),
	CONSTRAINT "registers_name_ck" CHECK (length(trim("registers"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"school_year" smallint PRIMARY KEY NOT NULL,
	"opened_at" timestamp with time zone,
	"deadline" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_periods_year_ck" CHECK ("reporting_periods"."school_year" between 2000 and 2100),
	CONSTRAINT "reporting_periods_order_ck" CHECK ("reporting_periods"."opened_at" is null or "reporting_periods"."opened_at" < "reporting_periods"."deadline")
);
--> statement-breakpoint
ALTER TABLE "district_inputs" ADD COLUMN "cohort_grade1_entrants" integer;--> statement-breakpoint
ALTER TABLE "district_inputs" ADD COLUMN "cohort_grade9_completers" integer;--> statement-breakpoint
ALTER TABLE "district_inputs" ADD COLUMN "urban_subdistricts" integer;--> statement-breakpoint
ALTER TABLE "district_inputs" ADD COLUMN "urban_subdistricts_with_guidance" integer;--> statement-breakpoint
ALTER TABLE "district_inputs" ADD COLUMN "parenting_sessions_per_family" numeric(5, 1);--> statement-breakpoint
ALTER TABLE "city_inputs" ADD CONSTRAINT "city_inputs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registers" ADD CONSTRAINT "registers_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registers" ADD CONSTRAINT "registers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registers" ADD CONSTRAINT "registers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registers" ADD CONSTRAINT "registers_school_district_fk" FOREIGN KEY ("school_id","district_id") REFERENCES "public"."schools"("id","district_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "city_inputs_year_uq" ON "city_inputs" USING btree ("school_year");--> statement-breakpoint
CREATE INDEX "registers_kind_year_idx" ON "registers" USING btree ("kind","from_year");--> statement-breakpoint
CREATE INDEX "registers_district_idx" ON "registers" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "registers_school_idx" ON "registers" USING btree ("school_id");--> statement-breakpoint
ALTER TABLE "district_inputs" ADD CONSTRAINT "district_inputs_guidance_ck" CHECK ("district_inputs"."urban_subdistricts_with_guidance" is null or "district_inputs"."urban_subdistricts" is null or "district_inputs"."urban_subdistricts_with_guidance" <= "district_inputs"."urban_subdistricts");--> statement-breakpoint
ALTER TABLE "district_inputs" ADD CONSTRAINT "district_inputs_new_nonneg_ck" CHECK (coalesce("district_inputs"."cohort_grade1_entrants", 0) >= 0 and coalesce("district_inputs"."cohort_grade9_completers", 0) >= 0 and coalesce("district_inputs"."urban_subdistricts", 0) >= 0 and coalesce("district_inputs"."urban_subdistricts_with_guidance", 0) >= 0 and coalesce("district_inputs"."parenting_sessions_per_family", 0) >= 0);