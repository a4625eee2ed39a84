vcl 4.1;

import std;
import directors;

# Varnish as the load balancer and the cache in front of several OnRecord
# instances (Debian's varnish 7.1): requests it cannot answer from its cache
# are spread over the instances; an instance that stops answering its health
# check is left out within about two seconds, and a read that fails on one
# instance is asked of the next at once (rules.vcl), so a reader never sees an
# instance die. The rules (what is kept, how a purge by tag drops it) are in
# rules.vcl, beside this file:
#   varnishd -a :80 -f /path/to/ops/varnish/several-instances.vcl -p vcl_path=/path/to/ops/varnish
#
# Each instance's CACHE_PURGE_URL points here; list every instance below and
# allow purges from their addresses. The ports are the ones
# scripts/cluster.ts uses on one machine.

probe health {
  .url = "/api/health";
  .interval = 1s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

backend instance_a {
  .host = "127.0.0.1";
  .port = "3401";
  .probe = health;
}

backend instance_b {
  .host = "127.0.0.1";
  .port = "3402";
  .probe = health;
}

acl purgers {
  "127.0.0.1";
  "::1";
}

# Each request is spread over the healthy instances by the reader's request
# id (which, unlike the backend request's, stays the same on a retry); when an
# instance fails it, the retry goes to the next instance in the shard's
# order (alt), never to the same one again, whatever else is in flight.
sub vcl_init {
  new instances = directors.shard();
  instances.add_backend(instance_a);
  instances.add_backend(instance_b);
  instances.reconfigure();
}

sub vcl_recv {
  set req.http.X-Balance-Key = req.xid;
}

sub vcl_backend_fetch {
  set bereq.backend = instances.backend(by = KEY, key = instances.key(bereq.http.X-Balance-Key), alt = bereq.retries);
}

include "rules.vcl";
