#!/usr/bin/env bash
# Moves the Action's major tag (v1) to a release tag (v1.4.2), as GitHub's actions/typescript-action
# template does, so `uses: lepton-ci/lepton@v1` gets the release. Usage: move-major-tag.sh TAG [REMOTE]
#
# Refuses (exit 2) a tag that is not vX.Y.Z or that differs from package.json's version. Moves
# nothing when a higher vX.*.* release already exists (a patch of an older line must not pull
# the major tag back). Only the major tag is ever moved; release tags are never touched.
set -euo pipefail
tag="${1:-}"
remote="${2:-origin}"

if ! [[ "$tag" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "move-major-tag: '$tag' is not a release tag vX.Y.Z" >&2
  exit 2
fi
major="v${BASH_REMATCH[1]}"
version="$(node -p 'require("./package.json").version')"
if [ "v$version" != "$tag" ]; then
  echo "move-major-tag: $tag does not match package.json's version $version" >&2
  exit 2
fi
commit="$(git rev-parse --verify "refs/tags/$tag^{commit}")"

# The newest release of this major line, by version order.
newest="$(git tag --list "$major.*.*" | grep -E "^$major\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1)"
if [ "$newest" != "$tag" ]; then
  echo "move-major-tag: $newest is newer than $tag; $major stays where it is"
  exit 0
fi

git tag --force --annotate "$major" --message "$major: $tag" "$commit"
git push --force "$remote" "refs/tags/$major"
echo "move-major-tag: $major → $tag ($commit)"
