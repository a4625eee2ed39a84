import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { isUnreachable } from "@/lib/database/unreachable";
import { prisma } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { settings } from "@/lib/settings";

// Where public reads go: the pages, the read API, feeds, the sitemap, search
// and embeds read through `publicReads`; the desk, every write and its
// transaction, sign-in and sessions use the primary (`prisma`, lib/db.ts).
//
// Without DATABASE_REPLICA_URLS, `publicReads` is the primary itself: one
// instance on one database works exactly as before.
//
// With replicas, Prisma's read-replicas extension sends each read to one of
// them, picked at random. Around each replica sits a fallback: should the
// replica not answer (stopped, restarting, unreachable), the same query is
// answered by the primary at once and that replica is rested for
// REPLICA_REST_MS, during which its share of reads goes straight to the
// primary; after that it is tried again, so a replica that comes back is used
// again without restarting OnRecord. A reader never sees an error or a wait
// longer than REPLICA_CONNECT_TIMEOUT_MS because a replica is down.
//
// A replica may be a moment behind the primary. After a publication, the
// refresh of the public pages waits for the replicas to catch up before it
// expires any cached page (lib/database/replica-catch-up.ts).

// Long enough that a replica that is down costs one failed attempt per rest,
// short enough that one back in service is used again within seconds.
export const REPLICA_REST_MS = 5_000;
// A replica that does not accept a connection within this is treated as down
// (the primary answers instead), so a silent network costs a reader 2 s at
// most, once per rest.
export const REPLICA_CONNECT_TIMEOUT_MS = 2_000;

export type Replica = {
  // host:port/database, without credentials: what the logs name.
  name: string;
  client: PrismaClient;
  restingUntil: number;
};

export function isResting(replica: Replica, now = Date.now()) {
  return replica.restingUntil > now;
}

export function rest(replica: Replica, reason: unknown) {
  const wasResting = isResting(replica);
  replica.restingUntil = Date.now() + REPLICA_REST_MS;
  if (!wasResting) {
    console.warn(`[replicas] ${replica.name} cannot be reached, public reads go to the primary for ${REPLICA_REST_MS / 1000} s:`, String(reason));
  }
}

function nameOf(url: string) {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

function connect(url: string): Replica {
  const replica: Replica = {
    name: nameOf(url),
    restingUntil: 0,
    client: new PrismaClient({
      adapter: new PrismaPg(
        { connectionString: url, connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS },
        // An idle connection that breaks means the server went away: rest it
        // before a reader finds out.
        { onPoolError: (error) => rest(replica, error.message) },
      ),
    }),
  };
  return replica;
}

// The same query, asked of the primary: a model operation by its model's
// name ("Claim" → prisma.claim), raw SQL by its method ($queryRaw gets Prisma's
// Sql object, the *Unsafe methods an array of text and values).
function onPrimary(model: string | undefined, operation: string, args: unknown) {
  // biome-ignore lint/suspicious/noExplicitAny: Prisma's operations are typed per model; this forwards any of them unchanged.
  const target: any = model ? Reflect.get(prisma, model) : prisma;
  return Array.isArray(args) ? target[operation](...args) : target[operation](args);
}

// The fallback, in one place: ask the replica unless it is resting; should it
// turn out to be unreachable, rest it and ask the primary the same thing.
// Any other failure is the query's own and is passed on.
async function answer<T>(replica: Replica, onReplica: () => Promise<T>, onPrimaryInstead: () => Promise<T>): Promise<T> {
  if (isResting(replica)) return onPrimaryInstead();
  try {
    return await onReplica();
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    rest(replica, error);
    return onPrimaryInstead();
  }
}

function withFallback(replica: Replica) {
  return replica.client.$extends({
    query: {
      $allOperations: ({ model, operation, args, query }) =>
        answer(
          replica,
          () => query(args),
          () => onPrimary(model, operation, args),
        ),
    },
  });
}

function routeToReplicas(replicas: Replica[]): PrismaClient {
  const routed = prisma.$extends(readReplicas({ replicas: replicas.map(withFallback) as unknown as PrismaClient[] }));
  // The extension leaves raw SQL on the primary, as it cannot tell a raw read
  // from a raw write. Every query through this client is a public read, so
  // raw SQL (the directories, search suggestions, the sitemap) goes to a
  // replica too.
  return routed.$extends({
    query: {
      // @ts-expect-error __internalParams is not in Prisma's types; the extension reads it the same way.
      $queryRaw: ({ args, query, __internalParams: { transaction } }) =>
        transaction ? query(args) : (routed.$replica() as unknown as PrismaClient).$queryRaw(args),
    },
  }) as unknown as PrismaClient;
}

// One set of replica connections per process, kept on globalThis for the same
// reason as the primary's (lib/db.ts), and made again only if the addresses change.
const globalForReplicas = globalThis as unknown as {
  onrecordReplicas?: { urls: string; replicas: Replica[]; publicReads: PrismaClient };
};

function current() {
  const urls = settings().DATABASE_REPLICA_URLS;
  if (urls.length === 0) return undefined;
  const key = urls.join(",");
  if (globalForReplicas.onrecordReplicas?.urls !== key) {
    for (const replica of globalForReplicas.onrecordReplicas?.replicas ?? []) void replica.client.$disconnect();
    const replicas = urls.map(connect);
    globalForReplicas.onrecordReplicas = { urls: key, replicas, publicReads: routeToReplicas(replicas) };
  }
  return globalForReplicas.onrecordReplicas;
}

// The configured replicas (none without DATABASE_REPLICA_URLS).
export function replicas(): Replica[] {
  return current()?.replicas ?? [];
}

export async function disconnectReplicas() {
  const replicas = globalForReplicas.onrecordReplicas?.replicas ?? [];
  globalForReplicas.onrecordReplicas = undefined;
  await Promise.all(replicas.map((replica) => replica.client.$disconnect()));
}

// For reads that must run on one server as one unit, such as search's planner
// hint and query in one transaction (which the extension would keep on the
// primary): `work` runs on a replica picked at random, or on the primary
// should that replica be unreachable or no replicas be configured.
export async function onPublicReadServer<T>(work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const configured = replicas();
  const replica = configured[Math.floor(Math.random() * configured.length)];
  if (!replica) return work(prisma);
  return answer(
    replica,
    () => work(replica.client),
    () => work(prisma),
  );
}

// Created on first use, like the primary's client: `next build` imports every
// page while no database exists.
export const publicReads = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = current()?.publicReads ?? prisma;
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
