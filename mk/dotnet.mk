# The .NET binding (dotnet/): the IdentitySecurityCloud.PersonalAccessTokens
# class library, its xunit tests and the example under examples/dotnet/.
#
#   make dotnet-build     build the binding (Release)
#   make test-dotnet      run the xunit tests against target/release/libisc_pat.so
#   make example-dotnet   print the documented example's canonical JSON
#
# The binding's project copies target/release/libisc_pat.so into
# runtimes/<rid>/native/ of every output that references it, where the
# binding's resolver finds it. ISC_PAT_MEMORY_ITERATIONS sets the length of
# the create/drop memory test (default 1,000,000).

.PHONY: dotnet-build test-dotnet example-dotnet

DOTNET ?= dotnet
DOTNET_DIR := $(ROOT)/dotnet
DOTNET_BINDING := $(DOTNET_DIR)/src/IdentitySecurityCloud.PersonalAccessTokens/IdentitySecurityCloud.PersonalAccessTokens.csproj
DOTNET_TESTS := $(DOTNET_DIR)/tests/IdentitySecurityCloud.PersonalAccessTokens.Tests/IdentitySecurityCloud.PersonalAccessTokens.Tests.csproj
DOTNET_TEST_OUT := $(DOTNET_DIR)/tests/IdentitySecurityCloud.PersonalAccessTokens.Tests/bin/Release/net10.0
DOTNET_EXAMPLE := $(ROOT)/examples/dotnet/DocumentedExample/DocumentedExample.csproj
DOTNET_QUIET := --nologo -v quiet -clp:NoSummary

dotnet-build: native
	$(DOTNET) build $(DOTNET_BINDING) -c Release $(DOTNET_QUIET)

test-dotnet: native corpus
	$(DOTNET) build $(DOTNET_TESTS) -c Release $(DOTNET_QUIET)
	rm -f $(DOTNET_TEST_OUT)/memory-test.txt
	$(DOTNET) test $(DOTNET_TESTS) -c Release --no-build --nologo \
	  --logger "console;verbosity=minimal"
	@echo "create/drop memory test (no Dispose):"; sed 's/^/  /' $(DOTNET_TEST_OUT)/memory-test.txt

example-dotnet: native
	@$(DOTNET) build $(DOTNET_EXAMPLE) -c Release $(DOTNET_QUIET)
	@$(DOTNET) run --project $(DOTNET_EXAMPLE) -c Release --no-build

TEST_TARGETS += test-dotnet

# Benchmarks (`make bench`, mk/bench.mk): the binding against System.Text.Json,
# per object (BenchmarkDotNet, in process) and the bulk 100k round trip with
# peak memory; rows appended to $(BENCH_ROWS)/dotnet.jsonl.
DOTNET_BENCH := $(DOTNET_DIR)/bench/Benchmarks/Benchmarks.csproj
DOTNET_BENCH_DLL := $(DOTNET_DIR)/bench/Benchmarks/bin/Release/net10.0/Benchmarks.dll
BENCH_TARGETS += bench-dotnet
.PHONY: bench-dotnet

bench-dotnet: native
	$(DOTNET) build $(DOTNET_BENCH) -c Release $(DOTNET_QUIET)
	mkdir -p $(BENCH_ROWS)
	rm -f $(BENCH_ROWS)/dotnet.jsonl
	$(DOTNET) $(DOTNET_BENCH_DLL) rows $(BENCH_ROWS)/dotnet.jsonl $(if $(BENCH_QUICK_ON),--quick)
