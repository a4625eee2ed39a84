vcl 4.1;

import std;

# Varnish in front of one OnRecord instance (Debian's varnish 7.1). The rules
# (what is kept, how a purge by tag drops it) are in rules.vcl, beside this
# file; start Varnish with that folder on its VCL path:
#   varnishd -a :80 -f /path/to/ops/varnish/onrecord.vcl -p vcl_path=/path/to/ops/varnish
# For several instances behind it, see several-instances.vcl.
#
# Set the backend below to the app, and allow purges only from the app's
# addresses.

backend onrecord {
  .host = "127.0.0.1";
  .port = "3000";
}

acl purgers {
  "127.0.0.1";
  "::1";
}

include "rules.vcl";
