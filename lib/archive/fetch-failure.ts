// Why a page could not be fetched, in the newsroom's words. Node reports a
// failed fetch as a socket, DNS or TLS error whose message names addresses and
// ports ("connect ECONNREFUSED ::7f00:1:80"): that is for the operator's log,
// not for the desk or the stored snapshot, which keep only the plain reason.

// Named so the recheck job can tell a site that is gone from a bad minute
// (lib/archive/recheck-compare.ts).
export const FETCH_REASONS = {
  refused: "The site refused the connection.",
  nameNotFound: "The site's name could not be found.",
} as const;

const REASONS: [codes: string[], reason: string][] = [
  [["ECONNREFUSED"], FETCH_REASONS.refused],
  [
    ["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EAI_NODATA", "ENODATA", "ESERVFAIL", "ENONAME", "ENOTIMP", "EREFUSED", "EBADNAME"],
    FETCH_REASONS.nameNotFound,
  ],
  [["EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN", "ENETDOWN", "EADDRNOTAVAIL", "EAFNOSUPPORT"], "The site could not be reached from the newsroom's server."],
  [["ETIMEDOUT", "ETIMEOUT", "ESOCKETTIMEDOUT", "ABORT_ERR"], "The site did not answer in time."],
  [["ECONNRESET", "EPIPE", "ECONNABORTED", "ERR_STREAM_PREMATURE_CLOSE"], "The site closed the connection before the page arrived."],
];

const TLS_REASON = "The site's secure connection (HTTPS) could not be verified.";
// Certificate and handshake failures: OpenSSL's verify codes, Node's TLS
// errors and OpenSSL's own ERR_SSL_* codes.
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$|EPROTO$)/;
// llhttp's codes for an answer that is not valid HTTP.
const PARSE_CODES = /^HPE_/;

const FALLBACK = "The page could not be fetched.";

function codeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  // A failure wrapped by another (AggregateError from happy eyeballs, a cause).
  const inner = (error as { errors?: unknown[] }).errors?.[0] ?? (error as { cause?: unknown }).cause;
  return inner && inner !== error ? codeOf(inner) : null;
}

export function plainFetchFailure(error: unknown): string {
  const code = codeOf(error);
  if (!code) return FALLBACK;
  const known = REASONS.find(([codes]) => codes.includes(code));
  if (known) return known[1];
  if (TLS_CODES.test(code)) return TLS_REASON;
  if (PARSE_CODES.test(code)) return "The site's answer was not a web page the archive could read.";
  return FALLBACK;
}
