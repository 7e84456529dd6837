# win-x64 under Wine: PowerShell. A self-contained win-x64 host on
# Microsoft.PowerShell.SDK 7.6.9 (powershell/tests/WinX64Host) imports the
# built module out/powershell/IscPat/ (whose win-x64/isc_pat.dll the binding's
# resolver picks on Windows) and runs the documented example
# (examples/powershell/documented-example.ps1): the canonical JSON must come
# out exactly, and the default display must mask the secret.
#
#   make test-powershell-win-x64

.PHONY: test-powershell-win-x64

WIN_PS_PROJECT := $(ROOT)/powershell/tests/WinX64Host/WinX64Host.csproj
WIN_PS_OUT := $(WIN_TEST_DIR)/pwsh
# A path of this machine as the Windows program sees it (Wine maps / to Z:).
wine_path = Z:$(subst /,\,$(1))

# The module must be assembled after the win-x64 library exists, so that it
# carries win-x64/isc_pat.dll.
test-powershell-win-x64: native-win-x64 wine-prefix
	$(MAKE) --no-print-directory -C $(ROOT) -f $(PACKAGE_MAKEFILE) powershell-module
	test -f $(PS_MODULE_DIR)/win-x64/isc_pat.dll
	rm -rf $(WIN_PS_OUT)
	$(DOTNET) publish $(WIN_PS_PROJECT) -c Release -p:PublishDir=$(WIN_PS_OUT)/ $(DOTNET_QUIET)
	cd $(WIN_PS_OUT) && DOTNET_EnableWriteXorExecute=0 $(WINE_RUN) WinX64Host.exe \
	  '$(call wine_path,$(ROOT)/examples/powershell/documented-example.ps1)' \
	  ModulePath '$(call wine_path,$(PS_MODULE_DIR)/IscPat.psd1)' < /dev/null | tr -d '\r' > $(WIN_TEST_DIR)/pwsh-example.txt
	cat $(WIN_TEST_DIR)/pwsh-example.txt
	head -n 1 $(WIN_TEST_DIR)/pwsh-example.txt | cmp - $(ROOT)/packaging/expected/documented-example.json
	grep -Eq '^Secret +: \*+$$' $(WIN_TEST_DIR)/pwsh-example.txt
	if grep -q 'Secret *: *1d1bef2b' $(WIN_TEST_DIR)/pwsh-example.txt; then echo "FAIL: the secret is displayed"; exit 1; fi
	@echo "ok: PowerShell 7.6.9 (win-x64, Wine) imported IscPat and ran the documented example"

TEST_TARGETS += test-powershell-win-x64
