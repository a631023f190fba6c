#!/bin/sh
# Attesta container entrypoint: the first argument picks the process kind.
#   api        HTTP API            node dist/bundle/api.js
#              (with API_RUN_PROCESSORS=true|1|yes: node dist/bundle/all-in-one.js,
#              the API and the job processors in one process)
#   worker     BullMQ processors   node dist/bundle/worker.js
#   migrate    migrations, exits   node dist/scripts/migrate.js
#   cli        operator commands   node dist/scripts/cli.js (e.g. cli verify-audit --organization ID)
#   healthcheck                    exit 0 when the API answers /health/live
# Anything else is executed as given (e.g. `sh` for debugging).
set -eu

APP_DIR="${ATTESTA_APP_DIR:-/app}"
KIND_FILE="${TMPDIR:-/tmp}/attesta-process-kind"

remember_kind() {
  # Best effort: lets `healthcheck` know what this container runs. /tmp may be
  # read-only in a hardened pod; then the check falls back to probing HTTP.
  printf '%s\n' "$1" >"$KIND_FILE" 2>/dev/null || true
}

cmd="${1:-api}"
[ "$#" -gt 0 ] && shift

case "$cmd" in
  api)
    remember_kind api
    case "${API_RUN_PROCESSORS:-false}" in
      true|1|yes) exec node "$APP_DIR/dist/bundle/all-in-one.js" "$@" ;;
      *) exec node "$APP_DIR/dist/bundle/api.js" "$@" ;;
    esac
    ;;
  worker)
    remember_kind worker
    exec node "$APP_DIR/dist/bundle/worker.js" "$@"
    ;;
  migrate)
    remember_kind migrate
    exec node "$APP_DIR/dist/scripts/migrate.js" "$@"
    ;;
  cli)
    exec node "$APP_DIR/dist/scripts/cli.js" "$@"
    ;;
  healthcheck)
    kind="$(cat "$KIND_FILE" 2>/dev/null || echo api)"
    if [ "$kind" != "api" ]; then
      # worker and migrate serve no HTTP; the container lives while the process does.
      exit 0
    fi
    # shellcheck disable=SC2016 # JavaScript, not shell, expands ${port}
    exec node -e '
      const port = process.env.PORT || "3000";
      const ctl = AbortSignal.timeout(4000);
      fetch(`http://127.0.0.1:${port}/health/live`, { signal: ctl })
        .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));
    '
    ;;
  help|-h|--help)
    sed -n '2,10p' "$0"
    ;;
  *)
    exec "$cmd" "$@"
    ;;
esac
