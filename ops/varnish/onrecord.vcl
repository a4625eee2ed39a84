vcl 4.1;

import std;

# Varnish in front of OnRecord (Debian's varnish 7.1): keeps public pages,
# feeds and API answers, and drops exactly the ones a publication changes.
#
# OnRecord files every public answer under its cache tags in Surrogate-Key
# ("claim:<slug> rating-scale", "published-verdicts rating-scale"...). Each
# publication, correction, unpublication, settlement or scale change sends
#   PURGE <CACHE_PURGE_URL>   with   Surrogate-Key: <tags>
# and this configuration bans every stored answer carrying one of those tags.
# Since stored answers are purged, Varnish keeps them for a day; browsers are
# still told what OnRecord says (a minute at most for shared caches).
#
# Set the backend below to the app (or to a load balancer in front of several
# app instances), and allow purges only from the app's addresses.

backend onrecord {
  .host = "127.0.0.1";
  .port = "3000";
}

acl purgers {
  "127.0.0.1";
  "::1";
}

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
  return (hash);
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

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
