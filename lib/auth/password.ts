import bcrypt from "bcryptjs";

// Cost 10 keeps a sign-in around 60-100 ms on a small server while staying
// well above what makes offline guessing cheap.
const COST = 10;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

// Compared against when the email is unknown, so a wrong email takes as long
// as a wrong password and does not reveal which accounts exist.
export const DECOY_HASH = "$2b$10$od78b9QszlA0RNyLgM30x.CrjcDhS8y3kw74mrsLUfjgHOjsV1t26";
