-- A person transferred in (调入) from a unit outside the receiver's scope gets a new person row with
-- the same 身份证号 hash (apps/api/src/modules/staff/identity.ts): the hash is indexed, not unique.
DROP INDEX "people_id_number_hash_uq";--> statement-breakpoint
CREATE INDEX "people_id_number_hash_idx" ON "people" USING btree ("id_number_hash");