/**
 * Synthetic 居民身份证号 for demo people. The number itself is never stored or returned
 * outside this module's caller: the database keeps its HMAC-SHA256 (key "edu2035-demo") and
 * its last four characters, as it does for real people.
 */
import { createHmac } from "node:crypto";
import { composeIdNumber, type Gender } from "@edu2035/domain";
import type { Random } from "./random.ts";

/** HMAC key of demo identity numbers (demo data only; a deployment uses its own secret). */
export const DEMO_ID_HMAC_KEY = "edu2035-demo";

/** A valid 18-digit number (GB 11643 check character) for a region code, birth date and gender. */
export function syntheticIdNumber(rng: Random, region: string, birthDate: string, gender: Gender): string {
  let order = rng.int(0, 499) * 2; // even: female
  if (gender === "male") order += 1;
  return composeIdNumber(region, birthDate, String(order).padStart(3, "0"));
}

/** What the `people` table stores of an identity number: its keyed hash and last four characters. */
export function protectIdNumber(idNumber: string): { idNumberHash: string; idNumberTail: string } {
  return {
    idNumberHash: createHmac("sha256", DEMO_ID_HMAC_KEY).update(idNumber).digest("hex"),
    idNumberTail: idNumber.slice(-4),
  };
}
