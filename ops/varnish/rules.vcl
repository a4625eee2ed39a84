# OnRecord's rules for Varnish 7 (Debian's varnish 7.1), included by
# onrecord.vcl (one app instance) and several-instances.vcl (a balanced
# group of them): what is kept, for how long, and how a purge drops it.
#
# OnRecord files every public answer under its cache tags in Surrogate-Key
# ("claim:<slug> rating-scale", "published-verdicts rating-scale"...). Each
# publication, correction, unpublication, settlement or scale change sends
#   PURGE <CACHE_PURGE_URL>   with   Surrogate-Key: <tags>
# and these rules ban every stored answer carrying one of those tags.
# Since stored answers are purged, Varnish keeps them for a day; browsers are
# still told what OnRecord says (a minute at most for shared caches).
#
# The including file defines the backend(s) and the `purgers` ACL (the app's
# addresses, the only ones a purge is accepted from).

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purges are accepted only from the app."));
    }
    # Tags are [a-z0-9:-] names (lib/caching/cache-tags.ts); anything else is
    # refused rather than put into a regular expression.
    if (req.http.Surrogate-Key !~ "^[a-z0-9:-]+( [a-z0-9:-]+)*$") {
      return (synth(400, "Give the tags to purge in Surrogate-Key, separated by spaces."));
    }
    # A ban is checked against stored answers as they are next looked up, so
    # the purge takes effect at once. (\s: a ban's expression is split at
    # spaces, so the pattern holds none.)
    if (!std.ban("obj.http.Surrogate-Key ~ (^|\s)(" + regsuball(req.http.Surrogate-Key, " ", "|") + ")(\s|$)")) {
      return (synth(500, "The purge could not be recorded: " + std.ban_error()));
    }
    return (synth(200, "Purged."));
  }
  # Only public reads are kept: the desk, sign-in and every form post pass
  # straight through, with their cookies.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(desk|api/auth|api/health|sign-in)") {
    return (pass);
  }
  # Public pages are the same for everyone: a session cookie must not split
  # or bypass the cache.
  unset req.http.Cookie;
  # Two copies of each answer at most: compressed for clients that take gzip
  # (every browser), plain for the rest. Without the plain copy Varnish would
  # unzip the stored one on every request from such a client.
  if (req.http.Accept-Encoding ~ "gzip") {
    set req.http.X-Encoding = "gzip";
  } else {
    set req.http.X-Encoding = "plain";
  }
  return (hash);
}

sub vcl_hash {
  hash_data(req.http.X-Encoding);
}

sub vcl_backend_fetch {
  # Varnish asks the app for gzip on its own; the plain copy is asked plain.
  if (bereq.http.X-Encoding == "plain") {
    unset bereq.http.Accept-Encoding;
  }
}

sub vcl_backend_response {
  # Tagged answers are purged on change, so they may be kept long; 404s too
  # (a purge of the claim's tag drops its "not found" when it is published).
  if (beresp.http.Surrogate-Key && (beresp.status == 200 || beresp.status == 404)) {
    set beresp.ttl = 1d;
    set beresp.grace = 10s;
    unset beresp.http.Set-Cookie;
  } else {
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
  }
  return (deliver);
}

# An instance that refused the connection or died while answering: a read is
# asked of the next instance (the balancer picks another), twice at most, so a
# reader never sees the failure. Posts are not repeated.
sub vcl_backend_error {
  if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries < 2) {
    return (retry);
  }
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
