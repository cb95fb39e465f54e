CREATE TABLE "published_results" (
	"publication_id" uuid NOT NULL,
	"unit_level" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"target_id" text NOT NULL,
	"stage" text DEFAULT '' NOT NULL,
	"result" jsonb NOT NULL,
	CONSTRAINT "published_results_pk" PRIMARY KEY("publication_id","unit_level","unit_id","target_id","stage")
);
--> statement-breakpoint
CREATE TABLE "report_exemptions" (
	"school_year" smallint NOT NULL,
	"school_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_exemptions_pk" PRIMARY KEY("school_year","school_id"),
	CONSTRAINT "report_exemptions_year_ck" CHECK ("report_exemptions"."school_year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "school_year_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_year" smallint NOT NULL,
	"version" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"note" text,
	"reopened_at" timestamp with time zone,
	"reopened_by" uuid,
	"reopen_reason" text,
	CONSTRAINT "school_year_publications_year_version_uq" UNIQUE("school_year","version"),
	CONSTRAINT "school_year_publications_version_ck" CHECK ("school_year_publications"."version" >= 1),
	CONSTRAINT "school_year_publications_reopen_ck" CHECK (("school_year_publications"."reopened_at" is null) = ("school_year_publications"."reopen_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "school_years" (
	"school_year" smallint PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"published_version" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "school_years_year_ck" CHECK ("school_years"."school_year" between 2000 and 2100),
	CONSTRAINT "school_years_state_ck" CHECK ("school_years"."state" in ('published', 'reopened'))
);
--> statement-breakpoint
ALTER TABLE "published_results" ADD CONSTRAINT "published_results_publication_id_school_year_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."school_year_publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_exemptions" ADD CONSTRAINT "report_exemptions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_exemptions" ADD CONSTRAINT "report_exemptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_year_publications" ADD CONSTRAINT "school_year_publications_school_year_school_years_school_year_fk" FOREIGN KEY ("school_year") REFERENCES "public"."school_years"("school_year") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_year_publications" ADD CONSTRAINT "school_year_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_year_publications" ADD CONSTRAINT "school_year_publications_reopened_by_users_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_years" ADD CONSTRAINT "school_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "published_results_unit_idx" ON "published_results" USING btree ("unit_id","target_id");