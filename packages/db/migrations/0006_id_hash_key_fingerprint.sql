CREATE TABLE "id_hash_key_fingerprint" (
	"singleton" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"fingerprint" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "id_hash_key_fingerprint_singleton_ck" CHECK ("id_hash_key_fingerprint"."singleton" = 1),
	CONSTRAINT "id_hash_key_fingerprint_hex_ck" CHECK ("id_hash_key_fingerprint"."fingerprint" ~ '^[0-9a-f]{64}$')
);
