# The PowerShell module IscPat (powershell/), assembled at out/powershell/IscPat/.
#
#   make powershell-module   build the cmdlets and assemble the module folder
#   make test-powershell     Pester 5 tests under the pinned PowerShell 7.6.9
#   make example-powershell  the documented example against the built module

.PHONY: pwsh-tools powershell-module test-powershell example-powershell

PS_MODULE_DIR := $(OUT)/powershell/IscPat
PS_TOOLS_DIR := $(OUT)/pwsh-tools
PESTER_PSD1 := $(PS_TOOLS_DIR)/packages/pester/5.7.1/tools/Pester.psd1
# `dotnet pwsh` finds the local tool through .config/dotnet-tools.json, so it
# runs from the repository root.
PWSH := cd $(ROOT) && dotnet pwsh -NoProfile -NonInteractive

# PowerShell 7.6.9 (local dotnet tool) and Pester 5.7.1 (from NuGet). Idempotent.
pwsh-tools:
	cd $(ROOT) && dotnet tool restore
	dotnet restore $(ROOT)/powershell/tools/PesterDownload.proj --nologo -v quiet
	test -f $(PESTER_PSD1)

powershell-module: native pwsh-tools
	$(PWSH) -File powershell/build/Build-Module.ps1 -Configuration Release -OutputPath $(PS_MODULE_DIR)

test-powershell: powershell-module pwsh-tools
	$(PWSH) -File powershell/tests/Invoke-Tests.ps1 -ModulePath $(PS_MODULE_DIR)/IscPat.psd1 -PesterPath $(PESTER_PSD1)

example-powershell: powershell-module pwsh-tools
	$(PWSH) -File examples/powershell/documented-example.ps1 -ModulePath $(PS_MODULE_DIR)/IscPat.psd1

TEST_TARGETS += test-powershell
EXAMPLE_TARGET := example-powershell

# Benchmarks (`make bench`, mk/bench.mk): the module against the SDK's way
# (PSCustomObject + built-in ConvertTo-Json / ConvertFrom-Json), Import-Module
# time and the bulk round trip with peak memory; rows appended to
# $(BENCH_ROWS)/powershell.jsonl.
BENCH_TARGETS += bench-powershell
.PHONY: bench-powershell

bench-powershell: powershell-module pwsh-tools
	mkdir -p $(BENCH_ROWS)
	rm -f $(BENCH_ROWS)/powershell.jsonl
	$(PWSH) -File powershell/bench/Invoke-Bench.ps1 -ModulePath $(PS_MODULE_DIR)/IscPat.psd1 \
	  -Out $(BENCH_ROWS)/powershell.jsonl $(if $(BENCH_QUICK_ON),-Quick)
