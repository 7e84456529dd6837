# win-x64 under Wine: the C tests against isc_pat.dll.
#
#   make test-c-win-x64   test_abi, test_threads, test_corpus, each built
#                         as C99 (linked with the MinGW import library) and as
#                         C++17 (linked with isc_pat.lib, the import library
#                         made from isc_pat.def), run under Wine
#   make wine-prefix      the Wine prefix the Windows tests run in (Windows 10),
#                         with its wineserver started for the whole run
#   make wine-stop        stops that wineserver (`make test` does at its end)
#
# The prefix is target/wine/prefix, private to this repository. Wine 8 lacks
# bcryptprimitives.dll, which Rust's standard library imports (ProcessPrng)
# and Windows 10 and later ship: tests/wine/bcryptprimitives.c is built into
# the prefix's system32, and only there.

.PHONY: wine-prefix wine-stop test-c-win-x64

# Debian's wine64 package keeps its loader out of PATH.
WINE ?= /usr/lib/wine/wine64
WINESERVER ?= /usr/lib/wine/wineserver64
WINE_DIR := $(ROOT)/target/wine
WINE_PREFIX := $(WINE_DIR)/prefix
# No display, no debug chatter, no offer to download Gecko, and no debugger:
# a crash ends the program with a failing status instead of a debugger
# session. (.NET programs need Wine's mscoree.dll: IL images import it.)
WINE_ENV := env -u DISPLAY WINEPREFIX=$(WINE_PREFIX) WINEDEBUG=-all WINEDLLOVERRIDES=mshtml=,winedbg.exe=d
# Creating the prefix without Mono (.NET Framework) either: nothing here needs it.
WINE_BOOT_ENV := env -u DISPLAY WINEPREFIX=$(WINE_PREFIX) WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml=
WINE_RUN := $(WINE_ENV) $(WINE)
WINE_STANDIN := $(WINE_DIR)/bcryptprimitives.dll
# One wineserver serves every Windows program of a run (tools/wine-server.sh
# says why); it ends by itself this long after the last one, should the run
# stop before `make wine-stop`.
WINE_SERVER_LINGER := 1800
WIN_TEST_DIR := $(ROOT)/target/win-x64
# Test programs link MinGW's own runtime statically, as users' programs may;
# the DLL under test must not need it (native-win-x64 checks its imports).
WIN_CFLAGS := $(C_WARNINGS) -O1 -I$(HEADER_DIR) -static -pthread

$(WINE_STANDIN): $(ROOT)/tests/wine/bcryptprimitives.c
	mkdir -p $(WINE_DIR)
	$(MINGW)-gcc -O2 -Wall -Wextra -Werror -shared $< -o $@ -lbcrypt

wine-prefix: deps $(WINE_STANDIN)
	if [ ! -f $(WINE_PREFIX)/system.reg ]; then \
	  echo "creating the Wine prefix $(WINE_PREFIX)"; \
	  $(WINE_BOOT_ENV) $(WINE) wineboot --init > $(WINE_DIR)/wineboot.log 2>&1 || { cat $(WINE_DIR)/wineboot.log; exit 1; }; \
	  $(WINE_BOOT_ENV) $(WINE) winecfg -v win10; \
	  $(WINE_BOOT_ENV) $(WINESERVER) -w; \
	fi
	install -m 644 $(WINE_STANDIN) $(WINE_PREFIX)/drive_c/windows/system32/bcryptprimitives.dll
	$(WINE_ENV) $(ROOT)/tools/wine-server.sh start $(WINESERVER) $(WINE_SERVER_LINGER)

wine-stop:
	if [ -d $(WINE_PREFIX) ]; then $(WINE_ENV) $(ROOT)/tools/wine-server.sh stop $(WINESERVER); fi

test-c-win-x64: native-win-x64 wine-prefix corpus
	rm -rf $(WIN_TEST_DIR)/c
	mkdir -p $(WIN_TEST_DIR)/c
	cp $(WIN_DLL) $(WIN_TEST_DIR)/c/
	for t in $(C_TESTS); do \
	  $(MINGW)-gcc -std=c99 -pedantic $(WIN_CFLAGS) tests/c/$$t.c -o $(WIN_TEST_DIR)/c/$$t.exe $(WIN_OUT)/libisc_pat.dll.a; \
	  $(MINGW)-g++ -x c++ -std=c++17 $(WIN_CFLAGS) tests/c/$$t.c -o $(WIN_TEST_DIR)/c/$$t.cpp.exe -x none $(WIN_OUT)/isc_pat.lib; \
	done
	export ISC_PAT_CORPUS_DIR=$(CORPUS_DIR) ISC_PAT_CORPUS_GENERATED=$(CORPUS_OUT); \
	cd $(WIN_TEST_DIR)/c; \
	for t in $(C_TESTS); do \
	  echo "== $$t (win-x64, C99, Wine)"; $(WINE_RUN) ./$$t.exe; \
	  echo "== $$t (win-x64, C++17, Wine)"; $(WINE_RUN) ./$$t.cpp.exe; \
	done

TEST_TARGETS += test-c-win-x64
AFTER_TEST += wine-stop
