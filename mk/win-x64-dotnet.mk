# win-x64 under Wine: the .NET binding's tests as one self-contained win-x64
# program (dotnet/tests/WinX64TestHost: the test sources of
# dotnet/tests/IdentitySecurityCloud.PersonalAccessTokens.Tests under xunit
# v3's in-process runner), calling isc_pat.dll through P/Invoke.
#
#   make test-dotnet-win-x64
#
# Left out under Wine, by class: ResolverProcessTests (they start child
# processes with the `dotnet` host, which a self-contained program does not
# have) and ResolverTests (they state Linux paths and runtime ids); the
# library's resolution on Windows is exercised by every other test, which
# loads runtimes/win-x64/native/isc_pat.dll through the resolver.

.PHONY: test-dotnet-win-x64

WIN_DOTNET_PROJECT := $(DOTNET_DIR)/tests/WinX64TestHost/WinX64TestHost.csproj
WIN_DOTNET_OUT := $(WIN_TEST_DIR)/dotnet
WIN_DOTNET_EXCLUDED := ResolverProcessTests ResolverTests
# Under Wine each call costs more; the memory test still creates and drops
# enough objects for a leak of one response per object to show.
WIN_DOTNET_MEMORY_ITERATIONS := 200000

# The test classes run one after another (-parallelMode none): with two running
# at once the program stopped making progress under Wine 8, while each class
# alone passes. `timeout` turns any such stall into a failure, not a hang.
WIN_DOTNET_TIMEOUT := 900

# DOTNET_EnableWriteXorExecute=0: the runtime's W^X mapping of generated
# code does not work under Wine 8 (the program crashes or hangs at start);
# it is a hardening of the JIT's memory, not a behaviour of the binding.
test-dotnet-win-x64: native-win-x64 wine-prefix corpus
	rm -rf $(WIN_DOTNET_OUT)
	$(DOTNET) publish $(WIN_DOTNET_PROJECT) -c Release -p:PublishDir=$(WIN_DOTNET_OUT)/ $(DOTNET_QUIET)
	test -f $(WIN_DOTNET_OUT)/runtimes/win-x64/native/isc_pat.dll
	cd $(WIN_DOTNET_OUT) && ISC_PAT_CORPUS_DIR=$(CORPUS_DIR) ISC_PAT_CORPUS_GENERATED=$(CORPUS_OUT) \
	  ISC_PAT_MEMORY_ITERATIONS=$(WIN_DOTNET_MEMORY_ITERATIONS) DOTNET_EnableWriteXorExecute=0 \
	  timeout $(WIN_DOTNET_TIMEOUT) $(WINE_RUN) IdentitySecurityCloud.PersonalAccessTokens.Tests.exe -noColor -parallelMode none \
	  $(foreach c,$(WIN_DOTNET_EXCLUDED),-class- IdentitySecurityCloud.PersonalAccessTokens.Tests.$(c)) \
	  < /dev/null | tee $(WIN_TEST_DIR)/dotnet-tests.log
	grep -Eq 'Total: [1-9][0-9]*, Errors: 0, Failed: 0,' $(WIN_TEST_DIR)/dotnet-tests.log

TEST_TARGETS += test-dotnet-win-x64
