// Asking for a job from anywhere in the app (a server action, a route): the
// job is stored in PostgreSQL by pg-boss and a worker picks it up. Filled in
// by lib/jobs/boss.ts; until the queue exists (first start) nothing is lost
// by a job asked for that way, since every job also runs on its schedule.
export { queueJob } from "./boss.ts";
