import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Instance, startInstance } from "./instance.ts";
import { clusterFolder, type PostgresServer, startPrimary, startReplica, startServer } from "./postgres.ts";
import { type RedisServer, startRedis } from "./redis.ts";
import { startVarnish, type VarnishServer } from "./varnish.ts";
import { type JobWorker, startJobWorker } from "./worker.ts";

// OnRecord as a newsroom runs it for a viral verdict, on one machine: a
// PostgreSQL 15 primary and a streaming replica, Redis for the shared cache,
// two app instances from one build, a job worker of its own, and Varnish in
// front balancing between the instances and caching public pages, purged by
// tag. Used by `npm run cluster`
// (scripts/cluster.ts) and by the cluster suite (tests/cluster).

export type ClusterPorts = { front: number; a: number; b: number; redis: number; primary: number; replica: number };

// Fixed ports stay below 32768, out of the range Linux hands out to outgoing
// connections (32768-60999): a test run opens thousands of those, and one
// that happened to hold a server's port made it fail to start.
export const DEFAULT_PORTS: ClusterPorts = { front: 3400, a: 3401, b: 3402, redis: 6401, primary: 25401, replica: 25402 };

export type Cluster = {
  dir: string;
  ports: ClusterPorts;
  primary: PostgresServer;
  replica: PostgresServer;
  redis: RedisServer;
  varnish: VarnishServer;
  instances: { a: Instance; b: Instance };
  worker: JobWorker;
  // The variables every instance runs with; `restart` starts one again with them.
  env: Record<string, string>;
  restart: (name: "a" | "b") => Promise<Instance>;
  // Starts the replica again after a stop, on its folder and port.
  restartReplica: () => Promise<PostgresServer>;
  stop: () => Promise<void>;
};

type Options = { ports?: Partial<ClusterPorts>; log?: (line: string) => void; distDir?: string };

export async function startCluster(options: Options = {}): Promise<Cluster> {
  const ports = { ...DEFAULT_PORTS, ...options.ports };
  const say = options.log ?? (() => {});
  const dir = await mkdtemp(path.join(os.tmpdir(), "onrecord-cluster-"));
  const stops: (() => Promise<void>)[] = [];
  // Logs stay when starting failed, to say why.
  const stopAll = async (keepLogs = false) => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    stops.length = 0;
    if (!keepLogs) await rm(dir, { recursive: true, force: true });
  };
  try {
    say(`PostgreSQL 15 primary on ${ports.primary} and streaming replica on ${ports.replica}`);
    const pgDir = await clusterFolder("onrecord-cluster-pg-");
    stops.push(() => rm(pgDir, { recursive: true, force: true }));
    const primary = await startPrimary({ dir: pgDir, port: ports.primary, throwaway: true });
    stops.push(() => primary.stop());
    let replica = await startReplica({ primary, dir: pgDir, port: ports.replica });
    stops.push(() => replica.stop());
    const restartReplica = async () => {
      replica = await startServer({ dataDir: replica.dataDir, port: ports.replica, database: new URL(primary.url).pathname.slice(1) });
      cluster.replica = replica;
      return replica;
    };

    say(`Redis on ${ports.redis}`);
    const redis = await startRedis({ port: ports.redis, dir });
    stops.push(() => redis.stop());

    const front = `http://127.0.0.1:${ports.front}`;
    const env: Record<string, string> = {
      DATABASE_URL: primary.url,
      DATABASE_REPLICA_URLS: replica.url,
      REDIS_URL: redis.url,
      CACHE_PURGE_URL: `${front}/`,
      SITE_URL: front,
      // Varnish appends the reader's address to X-Forwarded-For.
      TRUST_PROXY_HOPS: "1",
      SEED_DEMO: "true",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      NEXT_DEPLOYMENT_ID: "onrecord-cluster",
      NEXT_DIST_DIR: options.distDir ?? ".next-cluster",
      ONRECORD_DATA_DIR: path.join(dir, "data"),
      // Jobs run in a worker of their own (below), not in the web instances.
      JOBS_IN_APP: "false",
    };
    const instances = {} as { a: Instance; b: Instance };
    const start = async (name: "a" | "b") => {
      const instance = await startInstance({ name, port: ports[name], dir, env });
      instances[name] = instance;
      return instance;
    };
    // One after the other: the first migrates, seeds and builds.
    say(`instance a on ${ports.a} (migrates, seeds the demo, builds if needed)`);
    await start("a");
    stops.push(() => instances.a.stop());
    say(`instance b on ${ports.b}`);
    await start("b");
    stops.push(() => instances.b.stop());

    say("a job worker (npm run worker)");
    const worker = await startJobWorker({ dir, env });
    stops.push(() => worker.stop());

    say(`Varnish on ${ports.front}, balancing a and b`);
    const varnish = await startVarnish({ port: ports.front, instancePorts: [ports.a, ports.b], dir });
    stops.push(() => varnish.stop());

    const cluster: Cluster = { dir, ports, primary, replica, redis, varnish, instances, worker, env, restart: start, restartReplica, stop: () => stopAll() };
    return cluster;
  } catch (error) {
    await stopAll(true);
    throw error;
  }
}
