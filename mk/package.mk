# Packages for each ecosystem and platform, and tests that install and use them.
#
#   make install PREFIX=/usr/local [LIBDIR=lib] [DESTDIR=...]   C, this machine's build
#   make uninstall PREFIX=/usr/local [LIBDIR=lib] [DESTDIR=...] removes what install placed
#   make package        everything below, under out/package/
#   make test-package   install each package in a clean place and use it, on
#                       each platform that runs here (Windows under Wine,
#                       linux-arm64 under QEMU)
#
# out/package/
#   isc-pat-<version>-linux-x64.tar.gz       C: an installed tree, relocatable
#   isc-pat-<version>-linux-arm64.tar.gz     (pkg-config and CMake files find
#   isc-pat-<version>-win-x64.zip             the tree wherever it is unpacked)
#   nuget/IdentitySecurityCloud.PersonalAccessTokens.<version>.nupkg
#       .NET, runtimes/{linux-x64,linux-arm64,win-x64}/native/
#   powershell/IscPat.<version>.nupkg        PowerShell Gallery layout, with
#       {linux-x64,linux-arm64,win-x64}/<native library>
#   SHA256SUMS
#
# The version is VERSION (Makefile); packaging/check-versions.py fails the
# tests when any artifact says otherwise.

.PHONY: install uninstall package package-c package-nuget package-powershell \
	test-package test-package-c test-package-nuget test-package-powershell test-package-versions

PREFIX ?= /usr/local
# Relative to PREFIX, or an absolute path under it (GNU style).
LIBDIR ?= lib
DESTDIR ?=
LIBDIR_REL = $(patsubst $(PREFIX)/%,%,$(LIBDIR))
PACKAGE_OUT := $(OUT)/package
PACKAGE_VERSION := $(VERSION)
PACKAGE_ARCH := $(subst x86_64,x64,$(subst aarch64,arm64,$(shell uname -m)))
PACKAGE_RID := linux-$(PACKAGE_ARCH)
PACKAGE_RIDS := linux-x64 linux-arm64 win-x64
PACKAGE_TARBALL := $(PACKAGE_OUT)/isc-pat-$(PACKAGE_VERSION)-$(PACKAGE_RID).tar.gz
PACKAGE_NUGET_DIR := $(PACKAGE_OUT)/nuget
PACKAGE_PS_DIR := $(PACKAGE_OUT)/powershell
PACKAGE_STAGE := $(PACKAGE_OUT)/stage
# Commit time of HEAD: the same sources give the same archives.
PACKAGE_EPOCH := $(shell git -C $(ROOT) log -1 --format=%ct 2>/dev/null || echo 0)
INSTALL_C := $(ROOT)/packaging/install-c.sh
# Where cargo leaves each platform's build.
BUILT_linux-x64 := $(ROOT)/target/release
BUILT_linux-arm64 := $(ARM64_OUT)
BUILT_win-x64 := $(WIN_OUT)

install: native
	$(INSTALL_C) install $(ROOT) $(VERSION) $(PACKAGE_RID) $(BUILT_$(PACKAGE_RID)) "$(DESTDIR)$(PREFIX)" "$(PREFIX)" "$(LIBDIR_REL)"

uninstall:
	$(INSTALL_C) uninstall $(ROOT) $(VERSION) $(PACKAGE_RID) $(BUILT_$(PACKAGE_RID)) "$(DESTDIR)$(PREFIX)" "$(PREFIX)" "$(LIBDIR_REL)"

# The makefile make was started with, for the sequential sub-makes below:
# the .NET and PowerShell builds share the binding's output folders, so the
# parts are built one after another even under `make -j`.
PACKAGE_MAKEFILE := $(abspath $(firstword $(MAKEFILE_LIST)))
PACKAGE_SUBMAKE = $(MAKE) --no-print-directory -C $(ROOT) -f $(PACKAGE_MAKEFILE)

package:
	for t in package-c package-nuget package-powershell; do $(PACKAGE_SUBMAKE) $$t; done
	cd $(PACKAGE_OUT) && find . -name stage -prune -o -type f ! -name SHA256SUMS -print | sed 's|^\./||' | sort \
	  | xargs sha256sum > SHA256SUMS
	@echo "packages in $(PACKAGE_OUT):"; cd $(PACKAGE_OUT) && find . -name stage -prune -o -type f -printf '  %P  %s bytes\n' | sort

# Each archive holds an installation whose pkg-config and CMake files locate
# the tree from their own place, so it works wherever it is unpacked.
package-c: native-all
	rm -rf $(PACKAGE_STAGE)/c $(PACKAGE_OUT)/isc-pat-*.tar.gz $(PACKAGE_OUT)/isc-pat-*.zip
	for rid in $(PACKAGE_RIDS); do \
	  case $$rid in linux-x64) built=$(BUILT_linux-x64);; linux-arm64) built=$(BUILT_linux-arm64);; win-x64) built=$(BUILT_win-x64);; esac; \
	  name=isc-pat-$(VERSION)-$$rid; \
	  $(INSTALL_C) install $(ROOT) $(VERSION) $$rid $$built $(PACKAGE_STAGE)/c/$$name '$${pcfiledir}/../..' lib; \
	  find $(PACKAGE_STAGE)/c/$$name -exec touch -h -d @$(PACKAGE_EPOCH) {} +; \
	  case $$rid in \
	    win-*) (cd $(PACKAGE_STAGE)/c && find $$name | LC_ALL=C sort | TZ=UTC zip -X -q $(PACKAGE_OUT)/$$name.zip -@) ;; \
	    *) tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@$(PACKAGE_EPOCH) --format=gnu \
	         -C $(PACKAGE_STAGE)/c -cf - $$name | gzip -9n > $(PACKAGE_OUT)/$$name.tar.gz ;; \
	  esac; \
	done

# The binding's project packs target/runtimes/<rid>/native/ besides the host's library.
package-nuget: native-all
	rm -rf $(PACKAGE_NUGET_DIR)
	$(DOTNET) pack $(DOTNET_BINDING) -c Release -o $(PACKAGE_NUGET_DIR) $(DOTNET_QUIET)
	files=$$(unzip -Z1 $(PACKAGE_NUGET_DIR)/*.nupkg); \
	for f in runtimes/linux-x64/native/libisc_pat.so runtimes/linux-arm64/native/libisc_pat.so runtimes/win-x64/native/isc_pat.dll; do \
	  grep -qx "$$f" <<< "$$files" || { echo "FAIL: the NuGet package has no $$f"; exit 1; }; \
	done

package-powershell: native-all powershell-module
	rm -rf $(PACKAGE_PS_DIR) $(PACKAGE_STAGE)/powershell
	for rid in $(PACKAGE_RIDS); do test -n "$$(ls $(PS_MODULE_DIR)/$$rid/)"; done
	$(PWSH) -File packaging/Publish-ModulePackage.ps1 -ModulePath $(PS_MODULE_DIR) \
	  -StagePath $(PACKAGE_STAGE)/powershell/IscPat -Destination $(PACKAGE_PS_DIR)

test-package: package wine-prefix
	for t in test-package-versions test-package-c test-package-nuget test-package-powershell; do $(PACKAGE_SUBMAKE) $$t; done
	@echo "package tests passed"

# Then two controls: a changelog whose top entry is another version, and a
# Cargo.toml with another version, must each make the check fail.
PACKAGE_CHECK_VERSIONS := python3 $(ROOT)/packaging/check-versions.py --repo $(ROOT) --packages $(PACKAGE_OUT) --module $(PS_MODULE_DIR)
test-package-versions:
	$(PACKAGE_CHECK_VERSIONS)
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	sed '0,/^## \[[0-9]/s/^## \[[0-9][^]]*\]/## [99.0.0]/' $(ROOT)/CHANGELOG.md > $$tmp/CHANGELOG.md; \
	sed '0,/^version *=/s/^version *=.*/version = "99.0.0"/' $(ROOT)/Cargo.toml > $$tmp/Cargo.toml; \
	for control in "--changelog $$tmp/CHANGELOG.md" "--cargo-toml $$tmp/Cargo.toml"; do \
	  if $(PACKAGE_CHECK_VERSIONS) $$control > $$tmp/out 2>&1; then \
	    cat $$tmp/out; echo "FAIL: the version check passed with $$control"; exit 1; fi; \
	  echo "ok: the version check fails with $$control ($$(grep -c BAD $$tmp/out) mismatches)"; \
	done

# What the package tests need to reach the cross tools and Wine.
PACKAGE_TEST_ENV := env ISC_PAT_WINE="$(WINE_RUN)" ISC_PAT_QEMU="$(QEMU_ARM64) -L $(ARM64_SYSROOT)"

test-package-c:
	$(PACKAGE_TEST_ENV) $(ROOT)/packaging/test-c-package.sh $(ROOT) $(VERSION) $(PACKAGE_OUT)

test-package-nuget:
	$(PACKAGE_TEST_ENV) $(ROOT)/packaging/test-nuget-package.sh $(ROOT) $(VERSION) $(PACKAGE_NUGET_DIR)

test-package-powershell:
	$(PWSH) -File packaging/Test-ModulePackage.ps1 -Repository $(PACKAGE_PS_DIR) -Version $(VERSION)

TEST_TARGETS += test-package
