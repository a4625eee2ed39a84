import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import ipaddr from "ipaddr.js";

// Who may read /metrics: a scraper presenting METRICS_TOKEN as a bearer token,
// or one calling from METRICS_ALLOWED_ADDRESSES (the client's address as
// lib/auth/client-ip.ts reads it through TRUST_PROXY_HOPS). With neither set
// /metrics does not exist (404): the figures say how busy the newsroom is and
// which parts fail, which is not for every visitor.

export type MetricsAccess = { token?: string; allowed: string[] };

export type Verdict = "off" | "allowed" | "no-credentials" | "wrong-token";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseRanges(entries: string[]): Range[] {
  return entries.map((entry) => {
    if (entry.includes("/")) return ipaddr.parseCIDR(entry);
    const address = ipaddr.parse(entry);
    return [address, address.kind() === "ipv4" ? 32 : 128];
  });
}

function plain(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  try {
    const parsed = ipaddr.parse(address);
    return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
  } catch {
    return null;
  }
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export function metricsGate(access: MetricsAccess) {
  const ranges = parseRanges(access.allowed);
  return function judge(authorization: string | undefined, clientAddress: string): Verdict {
    if (!access.token && ranges.length === 0) return "off";
    const address = plain(clientAddress);
    if (address && ranges.some(([base, bits]) => base.kind() === address.kind() && address.match(base, bits))) return "allowed";
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!access.token || bearer === undefined) return "no-credentials";
    return sameToken(bearer, access.token) ? "allowed" : "wrong-token";
  };
}

const REFUSALS: Record<Exclude<Verdict, "allowed">, [number, string]> = {
  off: [404, "Not found.\n"],
  "no-credentials": [401, "The metrics need a token (Authorization: Bearer <METRICS_TOKEN>) or a call from an allowed address.\n"],
  "wrong-token": [403, "That metrics token is not the right one.\n"],
};

export async function answerMetrics(
  request: IncomingMessage,
  response: ServerResponse,
  verdict: Verdict,
  metrics: { text: () => Promise<string>; contentType: string },
) {
  if (verdict !== "allowed") {
    const [status, body] = REFUSALS[verdict];
    const headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };
    if (status === 401) headers["www-authenticate"] = 'Bearer realm="metrics"';
    response.writeHead(status, headers);
    return void response.end(body);
  }
  response.writeHead(200, { "content-type": metrics.contentType, "cache-control": "no-store" });
  response.end(request.method === "HEAD" ? undefined : await metrics.text());
}
