// Client addresses for sign-in throttling and the audit log.
//
// The production server (scripts/serve.ts) rebuilds X-Forwarded-For from the
// socket before the app sees it: with no trusted proxy it holds only the
// socket's address, whatever the client sent; behind N trusted proxies it
// keeps what they forwarded and appends the socket's address (the nearest
// proxy). The client is then the entry N places from the end, which no client
// can forge as long as N is set right.

import { settings } from "@/lib/settings";

export const trustedProxyHops = (): number => settings().TRUST_PROXY_HOPS;

// IPv4 clients of a dual-stack socket show up as ::ffff:203.0.113.9.
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

function entries(header: string | string[] | null | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

export function forwardedFor(header: string | string[] | undefined, socketAddress: string, hops: number): string {
  const socket = plain(socketAddress) || "unknown";
  return hops > 0 ? [...entries(header), socket].join(", ") : socket;
}

// Headers in which a proxy tells the app which host, scheme and port the
// visitor asked for. Next believes X-Forwarded-Host when it checks that a
// server action was posted from the site's own origin, so a client's own copy
// would let a script on evil.example post as the site (Origin: evil.example,
// X-Forwarded-Host: evil.example). With no trusted proxy they are dropped and
// Next reads the Host header and the socket instead; behind trusted proxies
// they are kept, since the nearest proxy sets them.
const PROXY_ONLY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

type RequestHeaders = Record<string, string | string[] | undefined>;

// The request's headers as the app should see them: X-Forwarded-For rebuilt
// from the socket, and what only a trusted proxy may say left out otherwise.
export function forwardingHeaders(headers: RequestHeaders, socketAddress: string, hops: number): RequestHeaders {
  const kept = hops > 0 ? { ...headers } : Object.fromEntries(Object.entries(headers).filter(([name]) => !PROXY_ONLY_HEADERS.includes(name)));
  return { ...kept, "x-forwarded-for": forwardedFor(headers["x-forwarded-for"], socketAddress, hops) };
}

export function clientIp(headers: Headers, hops = trustedProxyHops()): string {
  const chain = entries(headers.get("x-forwarded-for"));
  return plain(chain[Math.max(0, chain.length - 1 - hops)] ?? "unknown");
}
