#!/usr/bin/env bash
# Runs the file-based example (examples/clean-files.cs) on the sample page and checks that the article came out.
set -euo pipefail
cd "$(dirname "$0")/.."

sample=samples/news-article.dump.txt
expected="Russia and the United States vowed"

if ! output=$(dotnet run examples/clean-files.cs -- "$sample" 2>&1); then
  echo "run-example: FAILED: 'dotnet run examples/clean-files.cs -- $sample' exited with an error:" >&2
  echo "$output" >&2
  exit 1
fi

if ! grep -qF "$expected" <<<"$output"; then
  echo "run-example: FAILED: the output does not contain \"$expected\". Output was:" >&2
  echo "$output" >&2
  exit 1
fi

echo "run-example: OK ($(grep -m1 '^Title:' <<<"$output"))"
