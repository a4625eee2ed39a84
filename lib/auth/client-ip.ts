// The address a request came from. `next start` appends the socket's address
// to X-Forwarded-For, so the last entry is the one no client can forge; behind
// a trusted proxy (TRUST_PROXY_HOPS=N) the Nth entry from the end is used.
export function clientIp(headers: Headers): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const hops = Number.parseInt(process.env.TRUST_PROXY_HOPS ?? "0", 10) || 0;
  const index = chain.length - 1 - hops;
  return chain[Math.max(0, index)] ?? headers.get("x-real-ip") ?? "unknown";
}
