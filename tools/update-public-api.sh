#!/usr/bin/env bash
# Adds every public symbol the PublicAPI analyzer reports as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# so a reviewed diff of that file shows each change to the public API.
set -euo pipefail
project="${1:-src/Boilerplate}"
file="$project/PublicAPI.Unshipped.txt"
new=$(dotnet build "$project" -c Release --no-incremental 2>&1 | grep 'RS0016' | sed -E "s/.*Symbol '(.*)' is not part of the declared (public )?API.*/\1/" | sort -u || true)
if [ -n "$new" ]; then
  { grep -v '^#nullable' "$file" || true; echo "$new"; } | sort -u > "$file.tmp"
  { echo '#nullable enable'; cat "$file.tmp"; } > "$file"
  rm "$file.tmp"
fi
echo "$(grep -vc '^#nullable' "$file") entries in $file"
