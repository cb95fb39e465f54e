ALTER TABLE "school_reports" ADD COLUMN "first_submitted_at" timestamp with time zone;--> statement-breakpoint
-- 首次提交时间: the earliest submission known is the stored one (a returned report keeps the time
-- of its last submission); lateness is judged on it from now on.
UPDATE "school_reports" SET "first_submitted_at" = "submitted_at" WHERE "submitted_at" IS NOT NULL;
