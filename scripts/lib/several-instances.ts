import type { Settings } from "../../lib/settings.ts";

// What `npm start` says before starting one of several instances behind a
// load balancer. REDIS_URL is the sign: a cache shared through Redis is only
// needed when more than one instance answers (.env.example).
//
// Refused: no DATABASE_URL. The instance would boot an embedded PostgreSQL of
// its own, with its own AUTH_SECRET in its own data folder: the instances
// would share no accounts, sessions, sign-in throttle, API limits or claims,
// and a reader would see a different site on each.
// Warned: the values Next would otherwise make per build. Instances built
// separately (npm start builds on each machine when its build is stale) would
// each have their own key for server actions, so a form rendered by one could
// not be posted to another; and no deployment id to tell a browser holding an
// older build's pages to reload. One build copied to every instance shares
// the key, which is why this is a warning and not a refusal.
export type InstanceCheck = { refusal?: string; warnings: string[] };

export function checkSeveralInstances(
  config: Pick<Settings, "REDIS_URL" | "DATABASE_URL" | "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY" | "NEXT_DEPLOYMENT_ID">,
): InstanceCheck {
  if (!config.REDIS_URL) return { warnings: [] };
  if (!config.DATABASE_URL) {
    return {
      refusal:
        "REDIS_URL is set, so several instances are meant to share one site, but DATABASE_URL is not: this instance would run an embedded PostgreSQL and a sign-in secret of its own. Set DATABASE_URL and AUTH_SECRET, the same on every instance, and start again.",
      warnings: [],
    };
  }
  const warnings: string[] = [];
  if (!config.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    warnings.push(
      "warning: REDIS_URL is set but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not. Unless every instance runs the very same build, a form rendered by one instance fails when posted to another. Set it, the same on every instance (openssl rand -base64 32).",
    );
  }
  if (!config.NEXT_DEPLOYMENT_ID) {
    warnings.push(
      "warning: REDIS_URL is set but NEXT_DEPLOYMENT_ID is not. Set it to one id per build, the same on every instance, so browsers holding pages of an older build reload instead of asking for files the new build does not have.",
    );
  }
  return { warnings };
}
