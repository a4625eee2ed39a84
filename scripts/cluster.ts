// `npm run cluster`: OnRecord as several instances on this machine, for
// trying it out by hand (the cluster suite starts the same thing): a
// PostgreSQL 15 primary and replica, Redis, two instances and Varnish in
// front. Needs Debian's postgresql-15, redis-server and varnish. Ctrl-C
// stops everything it started.

import { DEFAULT_PORTS, startCluster } from "./cluster/cluster.ts";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const say = (line: string) => console.log(`[cluster] ${line}`);
const began = Date.now();
const cluster = await startCluster({ log: say }).catch((error: Error) => {
  console.error(`[cluster] could not start: ${error.message}`);
  process.exit(1);
});
say(`ready in ${((Date.now() - began) / 1000).toFixed(0)} s`);
say(`readers: ${cluster.varnish.url} (Varnish, balancing the two instances)`);
say(`instance a: ${cluster.instances.a.url}   instance b: ${cluster.instances.b.url}`);
say(`primary: ${cluster.primary.url}   replica: ${cluster.replica.url}   Redis: ${cluster.redis.url}`);
say(`logs in ${cluster.dir}; demo accounts as in the README's quick start. Ctrl-C stops everything.`);
if (DEFAULT_PORTS.front !== cluster.ports.front) say(`(ports differ from the README's: ${JSON.stringify(cluster.ports)})`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  say("stopping…");
  await cluster.stop();
  process.exit(0);
};
// Ours alone: another hook (tsx installs one) would end this process before
// everything it started has stopped.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
