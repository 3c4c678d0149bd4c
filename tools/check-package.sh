#!/usr/bin/env bash
# Packs the library and installs it from a local folder into a fresh console project outside the repository, the
# way a user would: the package must carry its readme, license expression, XML docs for every target framework and
# a symbol package, and Cleaner.Clean must work from it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

sample="$repo/samples/news-article.dump.txt"
expected="Russia and the United States vowed"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "check-package: FAILED: $*" >&2
  exit 1
}

# Shows a failed command's log, then fails with the step's name.
fail_with_log() {
  local log="$1"; shift
  tail -n 40 "$log" >&2 || true
  fail "$*"
}

zip_list() {
  if command -v unzip >/dev/null; then unzip -Z1 "$1"; else python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; fi
}

zip_cat() {
  if command -v unzip >/dev/null; then unzip -p "$1" "$2"; else python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' "$1" "$2"; fi
}

[ -f README.md ] || fail "README.md is missing at the repository root (the package's readme is packed from it)"

version="$(dotnet msbuild src/Boilerplate/Boilerplate.csproj -getProperty:Version)" || fail "cannot read the package version from src/Boilerplate/Boilerplate.csproj"
[ -n "$version" ] || fail "src/Boilerplate/Boilerplate.csproj has no <Version>"

echo "check-package: packing Boilerplate $version"
# One retry: other builds on the machine may briefly lock files under src/Boilerplate/obj.
if ! dotnet pack src/Boilerplate -c Release -o "$work/nupkgs" >"$work/pack.log" 2>&1; then
  echo "check-package: dotnet pack failed, retrying once" >&2
  sleep 5
  dotnet pack src/Boilerplate -c Release -o "$work/nupkgs" >"$work/pack.log" 2>&1 || fail_with_log "$work/pack.log" "dotnet pack src/Boilerplate failed"
fi

nupkg="$work/nupkgs/Boilerplate.$version.nupkg"
snupkg="$work/nupkgs/Boilerplate.$version.snupkg"
[ -f "$nupkg" ] || fail "dotnet pack did not produce $(basename "$nupkg") (got: $(ls "$work/nupkgs"))"
[ -f "$snupkg" ] || fail "dotnet pack did not produce the symbol package $(basename "$snupkg")"

entries="$(zip_list "$nupkg")"
for entry in README.md lib/net8.0/Boilerplate.dll lib/net8.0/Boilerplate.xml lib/net10.0/Boilerplate.dll lib/net10.0/Boilerplate.xml; do
  grep -qxF "$entry" <<<"$entries" || fail "$(basename "$nupkg") has no $entry"
done

nuspec="$(zip_cat "$nupkg" Boilerplate.nuspec)"
grep -qF '<license type="expression">MIT</license>' <<<"$nuspec" || fail "the nuspec has no MIT license expression (<license type=\"expression\">)"
grep -qF '<readme>README.md</readme>' <<<"$nuspec" || fail "the nuspec does not name README.md as the package readme"
echo "check-package: package contents OK (readme, MIT license expression, XML docs for net8.0 and net10.0, snupkg)"

# A fresh package cache: NuGet never re-extracts an id and version it already has, so an older package packed with the
# same version number would otherwise be tested instead of this one.
export NUGET_PACKAGES="$work/packages"
consumer="$work/consumer"

echo "check-package: creating a console project in $consumer"
dotnet new console -o "$consumer" -n Consumer --no-restore >"$work/new.log" 2>&1 || fail_with_log "$work/new.log" "dotnet new console failed"

# Boilerplate may only come from the folder just packed; its dependencies come from nuget.org.
cat >"$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/nupkgs" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="Boilerplate" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

cat >"$consumer/Program.cs" <<'CS'
string text = File.ReadAllText(args[0]);
Console.WriteLine(Boilerplate.Cleaner.Clean(text));
CS

echo "check-package: dotnet add package Boilerplate --version $version"
(cd "$consumer" && dotnet add package Boilerplate --version "$version") >"$work/add.log" 2>&1 ||
  fail_with_log "$work/add.log" "dotnet add package Boilerplate --version $version failed (local source $work/nupkgs)"

echo "check-package: running the console project on $(basename "$sample")"
(cd "$consumer" && dotnet run --no-restore -- "$sample") >"$work/run.log" 2>&1 || fail_with_log "$work/run.log" "the console project using the package failed to build or run"
grep -qF "$expected" "$work/run.log" || fail_with_log "$work/run.log" "the console project's output does not contain \"$expected\""

echo "check-package: OK (Boilerplate $version installed from a local folder, Cleaner.Clean returned the article)"
