#!/usr/bin/env bash
# Proves the NuGet package works the way a .NET developer uses it: a new
# console project (net10.0) in a temporary folder gets the package from the
# local feed with `dotnet add package`, builds and runs the documented
# example, which must print the canonical JSON. Then the same project is
# published for linux-x64 and run from the publish folder; published
# self-contained for win-x64 and run under Wine ($ISC_PAT_WINE); and published
# for linux-arm64, whose folder must hold the package's arm64 library.
#
# The project has its own nuget.config (the local feed, mapped as the only
# source of this package, plus nuget.org) and its own NUGET_PACKAGES folder,
# so no cached copy of the same version is used.
#
#   test-nuget-package.sh <repo> <version> <feed folder>
set -euo pipefail

repo=$1 version=$2 feed=$(cd "$3" && pwd)
id=IdentitySecurityCloud.PersonalAccessTokens
nupkg=$feed/$id.$version.nupkg
expected=$(cat "$repo/packaging/expected/documented-example.json")
work=$(mktemp -d "${TMPDIR:-/tmp}/isc-pat-nuget-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

[ -f "$nupkg" ] || fail "no $nupkg"
export NUGET_PACKAGES=$work/nuget-packages DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cd "$work"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="isc-pat-local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="isc-pat-local">
      <package pattern="$id" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

dotnet new console -o App --framework net10.0 --no-restore > new.log 2>&1 || { cat new.log; fail "dotnet new console"; }
cd App
dotnet add package "$id" --source "$feed" --version "$version" > ../add.log 2>&1 \
  || { cat ../add.log; fail "dotnet add package $id --version $version"; }
grep -q "<PackageReference Include=\"$id\" Version=\"$version\"" App.csproj || fail "App.csproj has no PackageReference to $id $version"
cp "$repo/examples/dotnet/DocumentedExample/Program.cs" Program.cs

# The restored package is the one from the feed, in the private folder.
restored=$NUGET_PACKAGES/$(echo "$id" | tr '[:upper:]' '[:lower:]')/$version
[ -f "$restored/runtimes/linux-x64/native/libisc_pat.so" ] || fail "restored package has no runtimes/linux-x64/native/libisc_pat.so"
cmp -s "$restored/$(echo "$id" | tr '[:upper:]' '[:lower:]').$version.nupkg" "$nupkg" \
  || fail "the restored package is not the one in $feed"

dotnet build -c Release --nologo -v quiet -clp:NoSummary > ../build.log 2>&1 || { cat ../build.log; fail "dotnet build"; }
native=bin/Release/net10.0/runtimes/linux-x64/native/libisc_pat.so
cmp -s "$native" "$restored/runtimes/linux-x64/native/libisc_pat.so" || fail "build output has no native library from the package at $native"
got=$(dotnet bin/Release/net10.0/App.dll 2> ../run.err) || { cat ../run.err; fail "the example failed"; }
[ "$got" = "$expected" ] || { echo "got: $got" >&2; fail "dotnet run printed something else"; }
grep -q 'Secret = \*\*\*' ../run.err || { cat ../run.err; fail "ToString() did not mask the secret"; }
echo "ok: dotnet add package $id --version $version; dotnet build; run"

# A runtime-specific publish puts the native library beside the app.
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishDir=../publish/ --nologo -v quiet -clp:NoSummary \
  > ../publish.log 2>&1 || { cat ../publish.log; fail "dotnet publish -r linux-x64"; }
[ -f ../publish/libisc_pat.so ] || { ls -R ../publish; fail "publish folder has no libisc_pat.so"; }
got=$(../publish/App 2> ../run.err) || { cat ../run.err; fail "the published example failed"; }
[ "$got" = "$expected" ] || { echo "got: $got" >&2; fail "the published app printed something else"; }
echo "ok: dotnet publish -r linux-x64; run"

# win-x64: a self-contained program with isc_pat.dll beside it, under Wine.
# (DOTNET_EnableWriteXorExecute=0: the runtime's W^X mapping of JIT code
# does not work under Wine 8.)
: "${ISC_PAT_WINE:?ISC_PAT_WINE must hold the Wine command (make test-package-nuget sets it)}"
dotnet publish -c Release -r win-x64 --self-contained true -p:PublishDir=../publish-win/ --nologo -v quiet -clp:NoSummary \
  > ../publish-win.log 2>&1 || { cat ../publish-win.log; fail "dotnet publish -r win-x64 --self-contained"; }
cmp -s ../publish-win/isc_pat.dll "$restored/runtimes/win-x64/native/isc_pat.dll" || { ls ../publish-win | head -50; fail "the win-x64 publish folder has no isc_pat.dll from the package"; }
got=$(cd ../publish-win && DOTNET_EnableWriteXorExecute=0 $ISC_PAT_WINE App.exe 2> ../run-win.err | tr -d '\r') \
  || { cat ../run-win.err; fail "the win-x64 example failed under Wine"; }
[ "$got" = "$expected" ] || { echo "got: $got" >&2; cat ../run-win.err; fail "the win-x64 app printed something else"; }
grep -q 'Secret = \*\*\*' ../run-win.err || { cat ../run-win.err; fail "ToString() did not mask the secret (win-x64)"; }
echo "ok: dotnet publish -r win-x64 --self-contained; run under Wine"

# linux-arm64: the publish folder holds the package's aarch64 library.
dotnet publish -c Release -r linux-arm64 --self-contained false -p:PublishDir=../publish-arm64/ --nologo -v quiet -clp:NoSummary \
  > ../publish-arm64.log 2>&1 || { cat ../publish-arm64.log; fail "dotnet publish -r linux-arm64"; }
cmp -s ../publish-arm64/libisc_pat.so "$restored/runtimes/linux-arm64/native/libisc_pat.so" || fail "the linux-arm64 publish folder has no libisc_pat.so from the package"
file ../publish-arm64/libisc_pat.so 2>/dev/null | grep -q 'ARM aarch64' || readelf -h ../publish-arm64/libisc_pat.so | grep -q 'AArch64' \
  || fail "the linux-arm64 libisc_pat.so is not an AArch64 library"
echo "ok: dotnet publish -r linux-arm64: libisc_pat.so (AArch64) from the package"
