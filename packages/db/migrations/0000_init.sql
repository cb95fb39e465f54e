CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"district_id" uuid,
	"school_id" uuid,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "district_inputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"resident_population" integer,
	"population3to5" integer,
	"population6to14" integer,
	"population15to17" integer,
	"disabled_children" integer,
	"disabled_children_enrolled" integer,
	"education_spending" bigint,
	"teacher_average_pay" integer,
	"civil_servant_average_pay" integer,
	"gdp" numeric(16, 0),
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "district_inputs_enrolled_ck" CHECK ("district_inputs"."disabled_children_enrolled" is null or "district_inputs"."disabled_children" is null or "district_inputs"."disabled_children_enrolled" <= "district_inputs"."disabled_children")
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"ethnicity" text DEFAULT '汉族' NOT NULL,
	"id_number_hash" text,
	"id_number_tail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_gender_ck" CHECK (gender in ('male', 'female')),
	CONSTRAINT "people_id_tail_ck" CHECK ("people"."id_number_tail" is null or length("people"."id_number_tail") = 4)
);
--> statement-breakpoint
CREATE TABLE "school_report_grades" (
	"report_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"grade" smallint NOT NULL,
	"students" integer DEFAULT 0 NOT NULL,
	"classes" integer DEFAULT 0 NOT NULL,
	"large_classes" integer DEFAULT 0 NOT NULL,
	"oversized_classes" integer DEFAULT 0 NOT NULL,
	"disabled_students" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "school_report_grades_pk" PRIMARY KEY("report_id","stage","grade"),
	CONSTRAINT "school_report_grades_stage_ck" CHECK (stage in ('preschool', 'primary', 'junior_secondary', 'senior_secondary', 'secondary_vocational', 'higher_vocational', 'special')),
	CONSTRAINT "school_report_grades_counts_ck" CHECK ("school_report_grades"."students" >= 0 and "school_report_grades"."classes" >= 0 and "school_report_grades"."large_classes" >= 0 and "school_report_grades"."oversized_classes" >= 0 and "school_report_grades"."large_classes" + "school_report_grades"."oversized_classes" <= "school_report_grades"."classes" and "school_report_grades"."disabled_students" <= "school_report_grades"."students")
);
--> statement-breakpoint
CREATE TABLE "school_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"teaching_auxiliary_area" numeric(12, 2),
	"indoor_sports_area" numeric(12, 2),
	"outdoor_sports_area" numeric(12, 2),
	"equipment_value" numeric(14, 2),
	"multimedia_classrooms" integer,
	"innovation_labs" integer,
	"wireless_full_coverage" boolean,
	"health_tested" integer,
	"health_passed" integer,
	"health_good_or_excellent" integer,
	"meets_pe_hygiene_standard" boolean,
	"implements_curriculum_standards" boolean,
	"has_sports_brand" boolean,
	"implements_health_standard" boolean,
	"held_sports_meeting" boolean,
	"football_feature_school" boolean,
	"football_lessons_per_week" smallint,
	"held_arts_festival" boolean,
	"notes" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_comment" text,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_reports_status_ck" CHECK ("school_reports"."status" in ('draft', 'submitted', 'returned', 'approved')),
	CONSTRAINT "school_reports_health_ck" CHECK (("school_reports"."health_passed" is null or "school_reports"."health_tested" is null or "school_reports"."health_passed" <= "school_reports"."health_tested") and ("school_reports"."health_good_or_excellent" is null or "school_reports"."health_passed" is null or "school_reports"."health_good_or_excellent" <= "school_reports"."health_passed")),
	CONSTRAINT "school_reports_nonneg_ck" CHECK (coalesce("school_reports"."teaching_auxiliary_area", 0) >= 0 and coalesce("school_reports"."indoor_sports_area", 0) >= 0 and coalesce("school_reports"."outdoor_sports_area", 0) >= 0 and coalesce("school_reports"."equipment_value", 0) >= 0 and coalesce("school_reports"."multimedia_classrooms", 0) >= 0 and coalesce("school_reports"."innovation_labs", 0) >= 0 and coalesce("school_reports"."health_tested", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"district_id" uuid NOT NULL,
	"type" text NOT NULL,
	"ownership" text DEFAULT 'public' NOT NULL,
	"inclusive" boolean DEFAULT false NOT NULL,
	"ethnic" boolean DEFAULT false NOT NULL,
	"area" text DEFAULT 'urban' NOT NULL,
	"teaching_point" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_id_district_uq" UNIQUE("id","district_id"),
	CONSTRAINT "schools_type_ck" CHECK (type in ('kindergarten', 'primary', 'junior_secondary', 'nine_year', 'complete_secondary', 'senior_secondary', 'secondary_vocational', 'higher_vocational', 'special')),
	CONSTRAINT "schools_ownership_ck" CHECK (ownership in ('public', 'private')),
	CONSTRAINT "schools_area_ck" CHECK (area in ('urban', 'rural', 'mining'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"district_id" uuid,
	"school_id" uuid,
	"role" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"left_on" date,
	"full_time" boolean DEFAULT true NOT NULL,
	"stage" text,
	"subject" text,
	"education" text NOT NULL,
	"preschool_major" boolean DEFAULT false NOT NULL,
	"teacher_certificate" text DEFAULT 'none' NOT NULL,
	"title" text DEFAULT 'unrated' NOT NULL,
	"dual_qualified" boolean DEFAULT false NOT NULL,
	"backbone_level" text DEFAULT 'none' NOT NULL,
	"mental_health_trained" boolean DEFAULT false NOT NULL,
	"counselling_certificate" boolean DEFAULT false NOT NULL,
	"bilingual" boolean DEFAULT false NOT NULL,
	"training_hours" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_role_ck" CHECK (role in ('teacher', 'principal', 'vice_principal', 'researcher')),
	CONSTRAINT "staff_status_ck" CHECK (status in ('active', 'transferred_out', 'retired')),
	CONSTRAINT "staff_stage_ck" CHECK (stage is null or stage in ('preschool', 'primary', 'junior_secondary', 'senior_secondary', 'secondary_vocational', 'higher_vocational', 'special')),
	CONSTRAINT "staff_subject_ck" CHECK (subject is null or subject in ('chinese', 'mathematics', 'english', 'mongolian', 'morality_law', 'history', 'geography', 'physics', 'chemistry', 'biology', 'science', 'information_technology', 'physical_education', 'music', 'fine_art', 'mental_health', 'labour', 'preschool', 'vocational_general', 'specialty', 'special_education', 'other')),
	CONSTRAINT "staff_education_ck" CHECK (education in ('postgraduate', 'bachelor', 'associate', 'high_school_or_below')),
	CONSTRAINT "staff_certificate_ck" CHECK (teacher_certificate in ('none', 'kindergarten', 'primary', 'junior_secondary', 'senior_secondary', 'secondary_vocational', 'higher_education')),
	CONSTRAINT "staff_title_ck" CHECK (title in ('senior_full', 'senior', 'first', 'second', 'third', 'unrated')),
	CONSTRAINT "staff_backbone_ck" CHECK (backbone_level in ('none', 'district', 'city', 'region', 'national')),
	CONSTRAINT "staff_unit_ck" CHECK (("staff"."role" = 'researcher' and "staff"."school_id" is null) or ("staff"."role" <> 'researcher' and "staff"."school_id" is not null and "staff"."district_id" is not null)),
	CONSTRAINT "staff_year_ck" CHECK ("staff"."school_year" between 2000 and 2100),
	CONSTRAINT "staff_training_hours_ck" CHECK ("staff"."training_hours" between 0 and 2000)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"level" text NOT NULL,
	"district_id" uuid,
	"school_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_level_ck" CHECK (level in ('city', 'district', 'school')),
	CONSTRAINT "users_scope_ck" CHECK (("users"."level" = 'city' and "users"."district_id" is null and "users"."school_id" is null) or ("users"."level" = 'district' and "users"."district_id" is not null and "users"."school_id" is null) or ("users"."level" = 'school' and "users"."school_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_inputs" ADD CONSTRAINT "district_inputs_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_inputs" ADD CONSTRAINT "district_inputs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_report_grades" ADD CONSTRAINT "school_report_grades_report_id_school_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."school_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_reports" ADD CONSTRAINT "school_reports_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_reports" ADD CONSTRAINT "school_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_reports" ADD CONSTRAINT "school_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_school_district_fk" FOREIGN KEY ("school_id","district_id") REFERENCES "public"."schools"("id","district_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_school_idx" ON "audit_log" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "audit_log_district_idx" ON "audit_log" USING btree ("district_id");--> statement-breakpoint
CREATE UNIQUE INDEX "district_inputs_district_year_uq" ON "district_inputs" USING btree ("district_id","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "districts_code_uq" ON "districts" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "people_id_number_hash_uq" ON "people" USING btree ("id_number_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "school_reports_school_year_uq" ON "school_reports" USING btree ("school_id","school_year");--> statement-breakpoint
CREATE INDEX "school_reports_year_idx" ON "school_reports" USING btree ("school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "schools_code_uq" ON "schools" USING btree ("code");--> statement-breakpoint
CREATE INDEX "schools_district_idx" ON "schools" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_person_year_uq" ON "staff" USING btree ("person_id","school_year");--> statement-breakpoint
CREATE INDEX "staff_school_year_idx" ON "staff" USING btree ("school_id","school_year");--> statement-breakpoint
CREATE INDEX "staff_district_year_idx" ON "staff" USING btree ("district_id","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");