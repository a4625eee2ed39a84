import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { refusedAddress } from "@/lib/archive/address-policy";
import { plainFetchFailure } from "@/lib/archive/fetch-failure";
import { settings } from "@/lib/settings";

// Fetches a source's page for the archive, on the server, without letting a
// URL reach anything but the public internet. Every hop (the URL and each of
// at most three redirects) is checked: scheme, port, and every address the
// host name resolves to. The connection is then pinned to the address that
// was checked, so a DNS answer that changes between check and connect (DNS
// rebinding) cannot slip through.

export const ARCHIVE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 3,
};

export type ResolvedAddress = { address: string; family: 4 | 6 };

export type FetchOptions = {
  // Resolves a host name to all its addresses (tests give their own).
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  // Exact origins (scheme://host:port) exempt from the address and port
  // rules: only for a test server on this machine (ARCHIVE_ALLOWED_ORIGINS).
  allowedOrigins?: string[];
  // Ports allowed besides 80 and 443 (ARCHIVE_ALLOWED_PORTS).
  allowedPorts?: number[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
};

export type FetchedPage = {
  url: string;
  status: number;
  contentType: string | null;
  body: Buffer;
  redirects: string[];
};

// The URL or a redirect broke a rule; nothing was (or will be) requested from it.
export class ArchiveRefused extends Error {
  name = "ArchiveRefused";
}

// The request was allowed but did not complete (network error, too slow, too big).
export class ArchiveFailed extends Error {
  name = "ArchiveFailed";
}

export function archiveOptionsFromSettings(): FetchOptions {
  const { ARCHIVE_ALLOWED_ORIGINS, ARCHIVE_ALLOWED_PORTS } = settings();
  return { allowedOrigins: ARCHIVE_ALLOWED_ORIGINS, allowedPorts: ARCHIVE_ALLOWED_PORTS };
}

const defaultResolve = async (hostname: string): Promise<ResolvedAddress[]> =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => ({ address: entry.address, family: entry.family as 4 | 6 }));

type Target = { url: URL; connectTo: ResolvedAddress | null };

// Checks one hop and decides which address to connect to.
async function vet(raw: string, options: FetchOptions): Promise<Target> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ArchiveRefused("That is not a web address.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ArchiveRefused(`Only http and https pages can be archived, not ${url.protocol.replace(":", "")}.`);
  }
  if (url.username || url.password) throw new ArchiveRefused("Addresses with a user name or password cannot be archived.");
  if ((options.allowedOrigins ?? []).includes(url.origin)) return { url, connectTo: null };

  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (port !== 80 && port !== 443 && !(options.allowedPorts ?? []).includes(port)) {
    throw new ArchiveRefused(`Port ${port} is not allowed; only the usual web ports 80 and 443 are.`);
  }

  // The URL parser has already turned decimal, octal and hex spellings of an
  // IPv4 address into the dotted form; IPv6 literals keep their brackets.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses: ResolvedAddress[] = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }]
    : await (options.resolve ?? defaultResolve)(host).catch((error: unknown) => {
        console.error(`Archiver: looking up ${host} failed:`, error);
        throw new ArchiveFailed(plainFetchFailure(error));
      });
  if (addresses.length === 0) throw new ArchiveFailed(plainFetchFailure({ code: "ENOTFOUND" }));
  // Every answer must be public: a name that resolves to a mix is refused.
  for (const { address } of addresses) {
    const reason = refusedAddress(address);
    if (reason) throw new ArchiveRefused(`${host} leads to ${reason}, which the archive does not fetch.`);
  }
  return { url, connectTo: addresses[0]! };
}

function request(target: Target, signal: AbortSignal, maxBytes: number) {
  return new Promise<{ status: number; location: string | null; contentType: string | null; body: Buffer }>((resolve, reject) => {
    const pinned = target.connectTo;
    // Node asks this instead of the system resolver: it can only ever get the
    // address that was checked.
    const lookup: LookupFunction | undefined = pinned
      ? (_hostname, lookupOptions, callback) => {
          if (lookupOptions.all) (callback as (error: null, addresses: ResolvedAddress[]) => void)(null, [pinned]);
          else callback(null, pinned.address, pinned.family);
        }
      : undefined;
    const client = target.url.protocol === "https:" ? https : http;
    const outgoing = client.request(
      target.url,
      { method: "GET", signal, lookup, headers: { "user-agent": "OnRecord-archiver/1.0", accept: "text/html,text/plain;q=0.9,*/*;q=0.5" } },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = status >= 300 && status < 400 ? (response.headers.location ?? null) : null;
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > maxBytes) {
          response.destroy();
          return reject(new ArchiveFailed(`The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the archive's limit.`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(new ArchiveFailed(`The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the archive's limit.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve({ status, location, contentType: response.headers["content-type"] ?? null, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      },
    );
    outgoing.on("error", (error) => reject(error));
    outgoing.end();
  });
}

export async function fetchForArchive(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? ARCHIVE_LIMITS.maxBytes;
  const timeoutMs = options.timeoutMs ?? ARCHIVE_LIMITS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? ARCHIVE_LIMITS.maxRedirects;
  const signal = AbortSignal.timeout(timeoutMs);
  const redirects: string[] = [];
  let next = url;
  for (;;) {
    const target = await vet(next, options);
    let answer: Awaited<ReturnType<typeof request>>;
    try {
      answer = await request(target, signal, maxBytes);
    } catch (error) {
      if (error instanceof ArchiveFailed) throw error;
      if (signal.aborted) throw new ArchiveFailed(`The server took longer than ${timeoutMs / 1000} seconds to answer.`);
      // The raw error names addresses and ports: the operator's log gets it,
      // the desk and the stored snapshot get the plain reason.
      console.error(`Archiver: fetching ${target.url.toString()} failed:`, error);
      throw new ArchiveFailed(plainFetchFailure(error));
    }
    if (answer.location) {
      if (redirects.length >= maxRedirects) throw new ArchiveRefused(`The page redirected more than ${maxRedirects} times.`);
      next = new URL(answer.location, target.url).toString();
      redirects.push(next);
      continue;
    }
    return { url: target.url.toString(), status: answer.status, contentType: answer.contentType, body: answer.body, redirects };
  }
}
