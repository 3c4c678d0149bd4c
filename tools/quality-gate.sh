#!/usr/bin/env bash
# Quality gate (CI): runs the evaluation harness on ../shared/eval in both modes, page by page and with site templates
# (--sites), and fails when a data set's F1 falls below, or its number of empty outputs rises above, the floor in
# benchmarks/quality-floor.json.
# After an intended change of the figures, record a new floor:
#   dotnet run -c Release --project benchmarks/Boilerplate.Evaluation -- --mode both --sites --write-floor benchmarks/quality-floor.json
set -euo pipefail
cd "$(dirname "$0")/.."

data=../shared/eval
if [ ! -d "$data" ]; then
  echo "quality gate skipped: no evaluation data at $data (the shared folder beside the repository)."
  exit 0
fi

dotnet run -c Release --project benchmarks/Boilerplate.Evaluation -- \
  --data "$data" --mode both --sites --out eval-out/quality-gate --check-floor benchmarks/quality-floor.json
