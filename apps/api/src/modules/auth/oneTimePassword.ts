/**
 * One-time passwords (初始密码): what a new or reset account gets, handed to its user on paper or
 * by message and changed at first login (users.must_change_password).
 */
import { randomInt } from "node:crypto";
import { passwordProblem } from "@edu2035/domain";

/**
 * Characters a one-time password is drawn from: letters and digits a clerk cannot misread when
 * copying from a printout: no 0, O, o, 1, l or I.
 */
export const ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** Length of a one-time password (characters): 12 from 56 symbols, about 70 bits. */
export const ONE_TIME_LENGTH = 12;

/**
 * A fresh one-time password: ONE_TIME_LENGTH characters of ONE_TIME_ALPHABET drawn with
 * `crypto.randomInt` (uniform, from the OS's CSPRNG), redrawn until it meets the password policy
 * for this user name (letters and digits, not containing the name, not a common password).
 * @param username the account's user name (the password must not contain it).
 */
export function oneTimePassword(username: string): string {
  for (;;) {
    let p = "";
    for (let i = 0; i < ONE_TIME_LENGTH; i++) p += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
    if (passwordProblem(p, { username }) === null) return p;
  }
}
