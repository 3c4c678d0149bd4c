#!/usr/bin/env bash
# Packs the library and its dependency-injection package and installs them from a local folder into fresh console
# projects outside the repository, the way a user would: the packages must carry their readme (with absolute links
# only), license expression, XML docs for every target framework and a symbol package; Cleaner.Clean and
# services.AddBoilerplate() must work from them on net10.0, and Cleaner.Clean from the net8.0 asset in a
# self-contained net8.0 app (runtime pack from NuGet), so the net8.0 build is run, not only compiled.
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

[ -f src/Boilerplate/README.md ] || fail "src/Boilerplate/README.md is missing (the package's readme is packed from it)"

version="$(dotnet msbuild src/Boilerplate/Boilerplate.csproj -getProperty:Version)" || fail "cannot read the package version from src/Boilerplate/Boilerplate.csproj"
[ -n "$version" ] || fail "src/Boilerplate/Boilerplate.csproj has no <Version>"

echo "check-package: packing Boilerplate $version"
# One retry: other builds on the machine may briefly lock files under src/Boilerplate/obj.
if ! dotnet pack src/Boilerplate -c Release -o "$work/nupkgs" >"$work/pack.log" 2>&1; then
  echo "check-package: dotnet pack failed, retrying once" >&2
  sleep 5
  dotnet pack src/Boilerplate -c Release -o "$work/nupkgs" >"$work/pack.log" 2>&1 || fail_with_log "$work/pack.log" "dotnet pack src/Boilerplate failed"
fi

echo "check-package: packing Boilerplate.Extensions.DependencyInjection $version"
dotnet pack src/Boilerplate.Extensions.DependencyInjection -c Release -o "$work/nupkgs" >"$work/pack-di.log" 2>&1 || fail_with_log "$work/pack-di.log" "dotnet pack src/Boilerplate.Extensions.DependencyInjection failed"
[ -f "$work/nupkgs/Boilerplate.Extensions.DependencyInjection.$version.nupkg" ] || fail "dotnet pack did not produce Boilerplate.Extensions.DependencyInjection.$version.nupkg"

# A package readme is shown on nuget.org, away from the repository: every link must be absolute.
for package in "$work"/nupkgs/*.nupkg; do
  readme="$(zip_cat "$package" README.md)" || fail "$(basename "$package") has no README.md"
  relative="$(grep -oE '\]\([^)]*\)' <<<"$readme" | grep -vE '^\]\(https://' || true)"
  [ -z "$relative" ] || fail "$(basename "$package")'s README.md has links that are not absolute: $relative"
  ! grep -qF '../shared' <<<"$readme" || fail "$(basename "$package")'s README.md names ../shared, a folder beside the repository"
done

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
      <package pattern="Boilerplate.Extensions.DependencyInjection" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

cat >"$consumer/Program.cs" <<'CS'
using Boilerplate;
using Microsoft.Extensions.DependencyInjection;

string text = File.ReadAllText(args[0]);
Console.WriteLine(Cleaner.Clean(text));
using ServiceProvider services = new ServiceCollection().AddBoilerplate(o => o.UsePreset(BoilerplatePreset.Precision)).BuildServiceProvider();
Console.WriteLine("from the container: " + services.GetRequiredService<BoilerplatePipeline>().Clean(text).Length + " characters");
CS

echo "check-package: dotnet add package Boilerplate --version $version"
(cd "$consumer" && dotnet add package Boilerplate --version "$version") >"$work/add.log" 2>&1 ||
  fail_with_log "$work/add.log" "dotnet add package Boilerplate --version $version failed (local source $work/nupkgs)"

(cd "$consumer" && dotnet add package Boilerplate.Extensions.DependencyInjection --version "$version" && dotnet add package Microsoft.Extensions.DependencyInjection --version 8.0.0) >"$work/add-di.log" 2>&1 ||
  fail_with_log "$work/add-di.log" "dotnet add package Boilerplate.Extensions.DependencyInjection failed"

echo "check-package: running the console project on $(basename "$sample")"
(cd "$consumer" && dotnet run --no-restore -- "$sample") >"$work/run.log" 2>&1 || fail_with_log "$work/run.log" "the console project using the package failed to build or run"
grep -qF "$expected" "$work/run.log" || fail_with_log "$work/run.log" "the console project's output does not contain \"$expected\""

grep -qE '^from the container: [1-9][0-9]* characters$' "$work/run.log" || fail_with_log "$work/run.log" "the pipeline resolved from the container gave no article"

# The net8.0 asset, run: a self-contained net8.0 app carries its own .NET 8 runtime (the runtime pack comes from
# NuGet), so it runs on a machine with only the .NET 10 runtime, and its Boilerplate.dll must be lib/net8.0's.
consumer8="$work/consumer8"
echo "check-package: creating a self-contained net8.0 console project in $consumer8"
dotnet new console -o "$consumer8" -n Consumer8 --no-restore >"$work/new8.log" 2>&1 || fail_with_log "$work/new8.log" "dotnet new console (net8.0) failed"
sed -i 's#<TargetFramework>[^<]*</TargetFramework>#<TargetFramework>net8.0</TargetFramework><RuntimeIdentifier>linux-x64</RuntimeIdentifier><SelfContained>true</SelfContained>#' "$consumer8/Consumer8.csproj"
cp "$consumer/nuget.config" "$consumer8/"
cat >"$consumer8/Program.cs" <<'CS'
string text = File.ReadAllText(args[0]);
Console.WriteLine($"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}: {Boilerplate.Cleaner.Clean(text)}");
CS
(cd "$consumer8" && dotnet add package Boilerplate --version "$version") >"$work/add8.log" 2>&1 ||
  fail_with_log "$work/add8.log" "dotnet add package Boilerplate (net8.0) failed"
(cd "$consumer8" && dotnet build --no-restore -c Release -o "$work/bin8") >"$work/build8.log" 2>&1 ||
  fail_with_log "$work/build8.log" "the self-contained net8.0 console project failed to build (are the .NET 8 runtime packs reachable on NuGet?)"
mkdir -p "$work/lib8" && zip_cat "$nupkg" lib/net8.0/Boilerplate.dll >"$work/lib8/Boilerplate.dll"
cmp -s "$work/lib8/Boilerplate.dll" "$work/bin8/Boilerplate.dll" || fail "the net8.0 app does not carry the package's lib/net8.0/Boilerplate.dll"
"$work/bin8/Consumer8" "$sample" >"$work/run8.log" 2>&1 || fail_with_log "$work/run8.log" "the self-contained net8.0 app failed to run"
grep -qE '^\.NET 8\.' "$work/run8.log" || fail_with_log "$work/run8.log" "the self-contained app did not run on .NET 8"
grep -qF "$expected" "$work/run8.log" || fail_with_log "$work/run8.log" "the net8.0 app's output does not contain \"$expected\""

echo "check-package: OK (Boilerplate and Boilerplate.Extensions.DependencyInjection $version installed from a local folder; Cleaner.Clean and the container's pipeline returned the article on net10.0, Cleaner.Clean on $(head -c 12 "$work/run8.log") from lib/net8.0)"
