CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"account_key" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp with time zone DEFAULT now() NOT NULL,
	"last_success_at" timestamp with time zone,
	CONSTRAINT "login_throttle_key_ck" CHECK ("login_throttle"."key" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "login_throttle_failures_ck" CHECK ("login_throttle"."failures" >= 0)
);
--> statement-breakpoint
CREATE INDEX "login_throttle_window_idx" ON "login_throttle" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "login_throttle_account_idx" ON "login_throttle" USING btree ("account_key");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_logins";