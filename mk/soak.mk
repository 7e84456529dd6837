# Soaks: long create/serialize loops that print process memory and
# throughput, and fail when memory grows beyond their stated bound.
#
#   make soak             .NET: 1,000,000 create+ToJson+Dispose, then
#                         1,000,000 create+ToJson left to the SafeHandle
#                         finalizers (dotnet/tools/Soak); PowerShell: 100,000
#                         Initialize-V2024CreatePersonalAccessTokenResponse |
#                         ConvertTo-V2024Json -Compress (powershell/tools/Invoke-Soak.ps1)
#   make test-soak        the short .NET soak (part of `make test`); the short
#                         PowerShell soak is powershell/tests/Soak.Tests.ps1
#
# SOAK_DOTNET_ITERATIONS and SOAK_POWERSHELL_ITERATIONS change the lengths.
# Bounds: growth of the working set, measured after full collections (and,
# for .NET, after glibc returned freed memory) at the start and the end of
# each loop, under 64 MiB (48 MiB for the short .NET run), and no checkpoint
# above the start by four times that. Private memory is printed too.
# One leaked response is about 600 bytes of native memory, so a leak in the
# full runs shows as hundreds of MiB.

.PHONY: soak soak-dotnet soak-powershell soak-dotnet-build test-soak

DOTNET ?= dotnet
SOAK_DOTNET_PROJECT := $(ROOT)/dotnet/tools/Soak/Soak.csproj
SOAK_DOTNET_DLL := $(ROOT)/dotnet/tools/Soak/bin/Release/net10.0/Soak.dll
SOAK_DOTNET_ITERATIONS ?= 1000000
SOAK_POWERSHELL_ITERATIONS ?= 100000
SOAK_SHORT_DOTNET_ITERATIONS := 200000

soak: soak-dotnet soak-powershell

soak-dotnet-build: native
	$(DOTNET) build $(SOAK_DOTNET_PROJECT) -c Release --nologo -v quiet -clp:NoSummary

soak-dotnet: soak-dotnet-build
	$(DOTNET) $(SOAK_DOTNET_DLL) --iterations $(SOAK_DOTNET_ITERATIONS) --max-growth-mib 64

soak-powershell: powershell-module pwsh-tools
	$(PWSH) -File powershell/tools/Invoke-Soak.ps1 -Iterations $(SOAK_POWERSHELL_ITERATIONS) -MaxGrowthMiB 64 \
	  -ModulePath $(PS_MODULE_DIR)/IscPat.psd1

# The binding's memory test (test-dotnet) covers 1,000,000 undisposed
# creates without ToJson; this short run adds ToJson and the Dispose path.
test-soak: soak-dotnet-build
	$(DOTNET) $(SOAK_DOTNET_DLL) --iterations $(SOAK_SHORT_DOTNET_ITERATIONS) --max-growth-mib 48

TEST_TARGETS += test-soak
