#!/usr/bin/env python3
"""Fails when any place that states the library's version disagrees with the
[package] version of Cargo.toml.

Checked, each against Cargo.toml:
  - CHANGELOG.md: the top released entry (## [x.y.z] - date);
  - include/isc_pat.h and the header in each C archive: ISC_PAT_VERSION_*;
  - isc_pat_version() of target/release/libisc_pat.so and of the library
    shipped for linux-x64 in every package (C archive, NuGet, PowerShell);
  - the pkg-config and CMake version files in each C archive, and its name;
  - the .NET assembly (built, in the NuGet package, in the PowerShell
    package): assembly, file and informational version;
  - the NuGet package: file name and nuspec <version>;
  - the built module manifest and the one in the PowerShell package
    (ModuleVersion), the PowerShell package's file name and nuspec <version>.

usage: check-versions.py --repo DIR --packages DIR --module DIR
       [--cargo-toml FILE] [--changelog FILE]   (other inputs, for negative tests)
"""
import argparse
import ctypes
import glob
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile

DOTNET_DLL = "IdentitySecurityCloud.PersonalAccessTokens.dll"
NUGET_ID = "IdentitySecurityCloud.PersonalAccessTokens"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--packages", required=True)
    ap.add_argument("--module", required=True)
    ap.add_argument("--cargo-toml")
    ap.add_argument("--changelog")
    args = ap.parse_args()
    repo = os.path.abspath(args.repo)
    cargo_toml = args.cargo_toml or os.path.join(repo, "Cargo.toml")
    changelog = args.changelog or os.path.join(repo, "CHANGELOG.md")

    with open(cargo_toml, "rb") as f:
        version = tomllib.load(f)["package"]["version"]
    major, minor, patch = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)(?:[-+].*)?", version).groups()
    # Assemblies and NuGet/PowerShell carry x.y.z, assembly/file versions x.y.z.0.
    four = f"{major}.{minor}.{patch}.0"

    rows = []  # (what, found)
    problems = []

    def expect(what, found, wanted=version):
        rows.append((what, found))
        if found != wanted:
            problems.append(f"{what}: {found!r}, expected {wanted!r}")

    # CHANGELOG.md
    with open(changelog, encoding="utf-8") as f:
        entries = re.findall(r"^## \[([^\]]+)\]", f.read(), re.M)
    released = [e for e in entries if e.lower() != "unreleased"]
    expect("CHANGELOG.md top released entry", released[0] if released else None)

    def header_version(text):
        found = {}
        for part in ("MAJOR", "MINOR", "PATCH"):
            m = re.search(rf"^#define ISC_PAT_VERSION_{part} (\d+)\s*$", text, re.M)
            found[part] = m.group(1) if m else "?"
        return f"{found['MAJOR']}.{found['MINOR']}.{found['PATCH']}"

    with open(os.path.join(repo, "include", "isc_pat.h"), encoding="utf-8") as f:
        expect("include/isc_pat.h ISC_PAT_VERSION_*", header_version(f.read()))

    def library_version(path):
        # Each file is loaded on its own: loaded by path, the loader shares a
        # library only for the same file, whatever its SONAME.
        lib = ctypes.CDLL(path)
        lib.isc_pat_version.restype = ctypes.c_char_p
        return lib.isc_pat_version().decode()

    expect("isc_pat_version() of target/release/libisc_pat.so",
           library_version(os.path.join(repo, "target", "release", "libisc_pat.so")))

    packages = os.path.abspath(args.packages)
    tmp = tempfile.TemporaryDirectory(prefix="isc-pat-versions.")
    work = tmp.name
    dlls = []  # (label, path) of .NET assemblies to read with pwsh

    # C archives: one per platform, a tar.gz for Linux and a zip for Windows.
    archives = sorted(glob.glob(os.path.join(packages, "isc-pat-*.tar.gz")) + glob.glob(os.path.join(packages, "isc-pat-*.zip")))
    rids = sorted(re.sub(r"^isc-pat-.+-((?:linux|osx|win)-[a-z0-9]+)\.(?:tar\.gz|zip)$", r"\1", os.path.basename(a)) for a in archives)
    if rids != sorted(["linux-x64", "linux-arm64", "win-x64"]):
        problems.append(f"expected C archives for linux-x64, linux-arm64 and win-x64 in {packages}, found {rids}")
    for archive in archives:
        name = os.path.basename(archive)
        m = re.fullmatch(r"isc-pat-(.+)-((?:linux|osx|win)-[a-z0-9]+)\.(tar\.gz|zip)", name)
        expect(f"C archive file name {name}", m.group(1) if m else name)
        if not m:
            continue
        rid = m.group(2)
        dest = os.path.join(work, "c", rid)
        if name.endswith(".zip"):
            with zipfile.ZipFile(archive) as z:
                z.extractall(dest)
        else:
            with tarfile.open(archive) as t:
                t.extractall(dest, filter="data")
        (top,) = os.listdir(dest)
        with open(os.path.join(dest, top, "include", "isc_pat.h"), encoding="utf-8") as f:
            expect(f"C archive {rid} include/isc_pat.h ISC_PAT_VERSION_*", header_version(f.read()))
        for pc in ("isc_pat", "isc_pat-static"):
            with open(os.path.join(dest, top, "lib", "pkgconfig", pc + ".pc"), encoding="utf-8") as f:
                m = re.search(r"^Version:\s*(\S+)\s*$", f.read(), re.M)
            expect(f"C archive {rid} lib/pkgconfig/{pc}.pc Version", m.group(1) if m else None)
        with open(os.path.join(dest, top, "lib", "cmake", "isc_pat", "isc_patConfigVersion.cmake"), encoding="utf-8") as f:
            m = re.search(r'^set\(PACKAGE_VERSION "([^"]+)"\)', f.read(), re.M)
        expect(f"C archive {rid} lib/cmake/isc_pat/isc_patConfigVersion.cmake", m.group(1) if m else None)
        # Only this machine's library can be loaded here; the others are run
        # by the package tests under QEMU and Wine.
        if rid == "linux-x64":
            expect("isc_pat_version() of the C archive's lib/libisc_pat.so",
                   library_version(os.path.join(dest, top, "lib", "libisc_pat.so")))

    def nuspec_version(z):
        (name,) = [n for n in z.namelist() if n.endswith(".nuspec") and "/" not in n]
        m = re.search(r"<version>([^<]+)</version>", z.read(name).decode("utf-8-sig"))
        return m.group(1) if m else None

    # NuGet package
    nupkgs = glob.glob(os.path.join(packages, "nuget", "*.nupkg"))
    if len(nupkgs) != 1:
        problems.append(f"expected one .nupkg in {packages}/nuget, found {len(nupkgs)}")
    for p in nupkgs:
        m = re.fullmatch(re.escape(NUGET_ID) + r"\.(.+)\.nupkg", os.path.basename(p))
        expect("NuGet package file name", m.group(1) if m else os.path.basename(p))
        dest = os.path.join(work, "nuget")
        with zipfile.ZipFile(p) as z:
            expect("NuGet package nuspec <version>", nuspec_version(z))
            z.extractall(dest)
        dlls.append(("NuGet package lib/net8.0 assembly", os.path.join(dest, "lib", "net8.0", DOTNET_DLL)))
        expect("isc_pat_version() of the NuGet package's runtimes/linux-x64/native/libisc_pat.so",
               library_version(os.path.join(dest, "runtimes", "linux-x64", "native", "libisc_pat.so")))

    built = os.path.join(repo, "dotnet", "src", NUGET_ID, "bin", "Release", "net8.0", DOTNET_DLL)
    dlls.append(("built .NET assembly (Release)", built))

    def manifest_version(path):
        with open(path, encoding="utf-8-sig") as f:
            m = re.search(r"^\s*ModuleVersion\s*=\s*'([^']*)'", f.read(), re.M)
        return m.group(1) if m else None

    # PowerShell: the built module and its package
    expect("built out/powershell/IscPat/IscPat.psd1 ModuleVersion",
           manifest_version(os.path.join(os.path.abspath(args.module), "IscPat.psd1")))
    ps = glob.glob(os.path.join(packages, "powershell", "*.nupkg"))
    if len(ps) != 1:
        problems.append(f"expected one .nupkg in {packages}/powershell, found {len(ps)}")
    for p in ps:
        m = re.fullmatch(r"IscPat\.(.+)\.nupkg", os.path.basename(p))
        expect("PowerShell package file name", m.group(1) if m else os.path.basename(p))
        dest = os.path.join(work, "powershell")
        with zipfile.ZipFile(p) as z:
            expect("PowerShell package nuspec <version>", nuspec_version(z))
            z.extractall(dest)
        expect("PowerShell package IscPat.psd1 ModuleVersion", manifest_version(os.path.join(dest, "IscPat.psd1")))
        dlls.append(("PowerShell package's .NET assembly", os.path.join(dest, DOTNET_DLL)))
        expect("isc_pat_version() of the PowerShell package's linux-x64/libisc_pat.so",
               library_version(os.path.join(dest, "linux-x64", "libisc_pat.so")))

    # .NET assembly versions, read by .NET itself.
    script = (
        "$ErrorActionPreference='Stop'; foreach ($p in $args) { "
        "$f = [Diagnostics.FileVersionInfo]::GetVersionInfo($p); "
        "$a = [Reflection.AssemblyName]::GetAssemblyName($p).Version.ToString(); "
        "[pscustomobject]@{ assembly = $a; file = $f.FileVersion; informational = $f.ProductVersion } "
        "| ConvertTo-Json -Compress }"
    )
    present = [(label, path) for label, path in dlls if os.path.exists(path)]
    for label, path in dlls:
        if not os.path.exists(path):
            problems.append(f"{label}: missing {path}")
    if present:
        script_file = os.path.join(work, "versions.ps1")
        with open(script_file, "w", encoding="utf-8") as f:
            f.write(script)
        out = subprocess.run(
            ["dotnet", "pwsh", "-NoProfile", "-NonInteractive", "-File", script_file] + [p for _, p in present],
            cwd=repo, check=True, capture_output=True, text=True).stdout.splitlines()
        for (label, _), line in zip(present, out, strict=True):
            info = json.loads(line)
            expect(f"{label} AssemblyVersion", info["assembly"], four)
            expect(f"{label} FileVersion", info["file"], four)
            expect(f"{label} InformationalVersion", info["informational"])

    for what, found in rows:
        print(f"  {'ok ' if found is not None and not any(p.startswith(what + ':') for p in problems) else 'BAD'} {what}: {found}")
    if problems:
        print(f"version check FAILED against Cargo.toml {version}:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"ok: {len(rows)} version statements agree with Cargo.toml ({version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
