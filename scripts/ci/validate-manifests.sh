#!/usr/bin/env bash
# Validates deploy/kubernetes offline against the Kubernetes API schemas shipped in PyPI's kubernetes-validate
# (strict: unknown fields fail). Each kustomization is rendered with `kubectl kustomize` where kubectl exists;
# without it the base's resource files are validated one by one. A deliberately broken manifest must fail too,
# so a validator that passes everything is caught.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="${TMPDIR:-/tmp}/kz-kubernetes-validate"
[ -x "$venv/bin/kubernetes-validate" ] || {
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check kubernetes-validate==1.37.0
}
validate() { "$venv/bin/kubernetes-validate" --strict --quiet "$@"; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

cd "$root/deploy/kubernetes"
if command -v kubectl >/dev/null; then
  for k in base overlays/*; do
    kubectl kustomize "$k" >"$out/rendered.yaml"
    validate "$out/rendered.yaml"
    echo "valid: $k ($(grep -c '^kind:' "$out/rendered.yaml") resources, rendered by kubectl kustomize)"
  done
else
  for f in base/*.yaml overlays/*/*.yaml; do
    case "$(basename "$f")" in kustomization.yaml) continue ;; esac
    validate "$f"
    echo "valid: $f (kubectl absent: file by file)"
  done
fi

sed 's/containerPort: 3000/containerPort: "http"/; s/readOnlyRootFilesystem: true/readOnlyRootFileSystem: true/' \
  base/deployment.yaml >"$out/broken.yaml"
if validate "$out/broken.yaml" >/dev/null 2>&1; then
  echo "the validator accepted a broken manifest" >&2
  exit 1
fi
echo "a broken manifest is refused"
