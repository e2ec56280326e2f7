#!/usr/bin/env bash
# Deploys the generated manifests: kubectl apply -k aspirate-output (or the kustomization given).
#
#   tools/deploy/apply.sh [--dry-run] [KUSTOMIZATION_DIR]
#
# --dry-run asks the cluster to check everything without changing it (kubectl's server-side dry run).
# When no cluster is reachable, nothing is sent anywhere: the objects are rendered offline with
# kubectl kustomize and listed, as a dry run would list them. A real apply then fails (exit 1).
set -euo pipefail

dry_run=false
dir=""
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry_run=true ;;
    -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) dir=$arg ;;
  esac
done
dir=${dir:-"$(cd "$(dirname "$0")/../.." && pwd)/aspirate-output"}

rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT
kubectl kustomize "$dir" > "$rendered"

# Without a current context kubectl falls back to localhost:8080, which is no cluster (locally it is
# the frontend): ask a server only when a context names one, and only briefly.
if kubectl config current-context >/dev/null 2>&1 && kubectl version --request-timeout=5s >/dev/null 2>&1; then
  if $dry_run; then
    exec kubectl apply -k "$dir" --dry-run=server
  fi
  exec kubectl apply -k "$dir"
fi

echo "No Kubernetes cluster is reachable: listing what would be applied (rendered offline from $dir)." >&2
awk '
  function flush() { if (kind != "") printf "%s %s%s (dry run)\n", kind, (ns != "" ? ns "/" : ""), name; kind = name = ns = ""; meta = 0 }
  /^---/ { flush(); next }
  /^kind: / { kind = $2 }
  /^metadata:/ { meta = 1; next }
  /^[^ ]/ { meta = 0 }
  meta && /^  name: / { name = $2 }
  meta && /^  namespace: / { ns = $2 }
  END { flush() }
' "$rendered"

if ! $dry_run; then
  echo "Nothing was applied. Point kubectl at the cluster (gcloud container clusters get-credentials ...) and run again." >&2
  exit 1
fi
