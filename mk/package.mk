# Packages for each ecosystem, and tests that install and use them.
#
#   make install PREFIX=/usr/local [DESTDIR=...]   C: header, libraries, pkg-config files
#   make package        everything below, under out/package/
#   make test-package   install each package in a clean place and use it
#
# out/package/
#   isc-pat-<version>-<rid>.tar.gz                       C: the installed tree, relocatable
#   nuget/IdentitySecurityCloud.PersonalAccessTokens.<version>.nupkg   .NET (dotnet pack)
#   powershell/IscPat.<version>.nupkg                   PowerShell Gallery layout (Publish-PSResource)
#   SHA256SUMS
#
# The version is the [package] version of Cargo.toml; packaging/check-versions.py
# fails the tests when any artifact says otherwise.

.PHONY: install package package-c package-nuget package-powershell \
	test-package test-package-c test-package-nuget test-package-powershell test-package-versions

PREFIX ?= /usr/local
DESTDIR ?=
PACKAGE_OUT := $(OUT)/package
PACKAGE_VERSION := $(shell awk -F'"' '/^\[/ { p = ($$0 == "[package]") } p && /^version[ \t]*=/ { print $$2; exit }' $(ROOT)/Cargo.toml)
PACKAGE_ARCH := $(subst x86_64,x64,$(subst aarch64,arm64,$(shell uname -m)))
PACKAGE_RID := linux-$(PACKAGE_ARCH)
PACKAGE_TARBALL := $(PACKAGE_OUT)/isc-pat-$(PACKAGE_VERSION)-$(PACKAGE_RID).tar.gz
PACKAGE_NUGET_DIR := $(PACKAGE_OUT)/nuget
PACKAGE_PS_DIR := $(PACKAGE_OUT)/powershell
PACKAGE_STAGE := $(PACKAGE_OUT)/stage
# Commit time of HEAD: the same sources give the same tarball.
PACKAGE_EPOCH := $(shell git -C $(ROOT) log -1 --format=%ct 2>/dev/null || echo 0)

install: native
	$(ROOT)/packaging/install-c.sh $(ROOT) $(PACKAGE_VERSION) "$(DESTDIR)$(PREFIX)" "$(PREFIX)"

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

# The tarball holds an installation whose pkg-config files locate the tree
# from their own place, so it works wherever it is unpacked.
package-c: native
	rm -rf $(PACKAGE_STAGE)/c $(PACKAGE_OUT)/isc-pat-*.tar.gz
	$(ROOT)/packaging/install-c.sh $(ROOT) $(PACKAGE_VERSION) \
	  $(PACKAGE_STAGE)/c/isc-pat-$(PACKAGE_VERSION)-$(PACKAGE_RID) '$${pcfiledir}/../..'
	tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@$(PACKAGE_EPOCH) --format=gnu \
	  -C $(PACKAGE_STAGE)/c -cf - isc-pat-$(PACKAGE_VERSION)-$(PACKAGE_RID) | gzip -9n > $(PACKAGE_TARBALL)

package-nuget: native
	rm -rf $(PACKAGE_NUGET_DIR)
	$(DOTNET) pack $(DOTNET_BINDING) -c Release -o $(PACKAGE_NUGET_DIR) $(DOTNET_QUIET)

package-powershell: powershell-module
	rm -rf $(PACKAGE_PS_DIR) $(PACKAGE_STAGE)/powershell
	$(PWSH) -File packaging/Publish-ModulePackage.ps1 -ModulePath $(PS_MODULE_DIR) \
	  -StagePath $(PACKAGE_STAGE)/powershell/IscPat -Destination $(PACKAGE_PS_DIR)

test-package: package
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

test-package-c:
	$(ROOT)/packaging/test-c-package.sh $(ROOT) $(PACKAGE_VERSION) $(PACKAGE_TARBALL)

test-package-nuget:
	$(ROOT)/packaging/test-nuget-package.sh $(ROOT) $(PACKAGE_VERSION) $(PACKAGE_NUGET_DIR)

test-package-powershell:
	$(PWSH) -File packaging/Test-ModulePackage.ps1 -Repository $(PACKAGE_PS_DIR) -Version $(PACKAGE_VERSION)

TEST_TARGETS += test-package
