CREATE TABLE "register_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"school_year" smallint NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_confirmations_kind_year_uq" UNIQUE("kind","school_year"),
	CONSTRAINT "register_confirmations_kind_ck" CHECK (kind in ('balance_certification', 'early_education_centre', 'mongolian_researcher_post', 'curriculum_leadership_round', 'model_vocational_major', 'brand_vocational_major', 'brand_course', 'high_level_pilot_major', 'vocational_group', 'school_enterprise_brand', 'training_base', 'cobuilt_vocational_school', 'undergraduate_upgrade', 'high_level_vocational_school', 'quality_kindergarten', 'smart_benchmark_school', 'modernisation_pilot_zone')),
	CONSTRAINT "register_confirmations_year_ck" CHECK ("register_confirmations"."school_year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "register_confirmations" ADD CONSTRAINT "register_confirmations_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;