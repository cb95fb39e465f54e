DROP INDEX "staff_person_year_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "staff_person_year_uq" ON "staff" USING btree ("person_id","school_year") WHERE "staff"."status" = 'active';