#!/usr/bin/env bash
# Sets up the end-to-end test environment from a fresh Debian/Ubuntu machine:
# system packages (chromium, CJK fonts, LibreOffice for the review output, build deps for code-server's native
# modules, ripgrep) and code-server itself, installed into .e2e/ (gitignored),
# outside the project's package.json so `npm test` stays fast.
# Idempotent: a second run only checks that everything is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
E2E_DIR="$PWD/.e2e"
APT_PACKAGES=(chromium fonts-noto-cjk ripgrep libreoffice-writer-nogui libkrb5-dev libxkbfile-dev libsecret-1-dev build-essential python3 pkg-config)

log() { printf '[e2e-setup] %s\n' "$*"; }

# code-server 4.100 runs on Node 20 only.
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != 20 ]; then
  log "code-server $CODE_SERVER_VERSION needs Node.js 20; this is Node.js $(node -v). Set CODE_SERVER_VERSION to a release for your Node.js."
  exit 1
fi

# 1. System packages.
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  log "installing system packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi

# 2. code-server, into .e2e/.
CS="$E2E_DIR/node_modules/code-server"
if [ -f "$CS/out/node/entry.js" ] && [ -d "$CS/lib/vscode/node_modules" ] && [ -f "$E2E_DIR/.installed-$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION already installed"
  exit 0
fi
mkdir -p "$E2E_DIR"
cat > "$E2E_DIR/package.json" <<JSON
{ "name": "fsplan-e2e", "private": true, "dependencies": { "code-server": "$CODE_SERVER_VERSION" } }
JSON

# @vscode/ripgrep downloads rg from GitHub at install time unless its cache
# already holds the archive. Feed it Debian's rg for every version code-server uses.
log "fetching code-server $CODE_SERVER_VERSION (without install scripts)"
(cd "$E2E_DIR" && npm install --ignore-scripts --no-audit --no-fund)
tmp="$(node -p 'require("os").tmpdir()')"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$(command -v rg)" "$work/rg"
tar -czf "$work/rg.tar.gz" -C "$work" rg
versions="$(node -e '
  const fs = require("fs"), path = require("path");
  const seen = new Set();
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory() && e.name !== "node_modules") walk(p);
    else if (e.name === "npm-shrinkwrap.json" || e.name === "package-lock.json") {
      const lock = JSON.parse(fs.readFileSync(p, "utf8"));
      for (const [k, v] of Object.entries(lock.packages || {}))
        if (k.endsWith("node_modules/@vscode/ripgrep") && v.version) seen.add(v.version);
    } } };
  walk(process.argv[1]);
  console.log([...seen].join(" "));
' "$CS/lib/vscode")"
for v in $versions; do
  (cd "$work" && npm pack --silent "@vscode/ripgrep@$v" >/dev/null && mkdir -p "p$v" && tar -xzf "vscode-ripgrep-$v.tgz" -C "p$v")
  tag="$(node -e 'const s=require("fs").readFileSync(process.argv[1],"utf8"); console.log(/const VERSION = .([^\x27"]+)/.exec(s)[1])' "$work/p$v/package/lib/postinstall.js")"
  mkdir -p "$tmp/vscode-ripgrep-cache-$v"
  cp "$work/rg.tar.gz" "$tmp/vscode-ripgrep-cache-$v/ripgrep-$tag-x86_64-unknown-linux-musl.tar.gz"
  log "ripgrep cache ready for @vscode/ripgrep $v ($tag)"
done

# 3. Run code-server's install script (builds native modules, installs VS Code's deps).
log "running code-server's install script (this takes a few minutes)"
(cd "$E2E_DIR" && npm_config_unsafe_perm=true npm_config_yes=true npm rebuild --foreground-scripts)
test -f "$CS/out/node/entry.js"
node "$CS/out/node/entry.js" --version >/dev/null
test -d "$CS/lib/vscode/node_modules"
touch "$E2E_DIR/.installed-$CODE_SERVER_VERSION"
log "code-server $CODE_SERVER_VERSION installed in .e2e/"
