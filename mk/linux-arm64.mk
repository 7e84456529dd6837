# linux-arm64 under QEMU user mode: the C tests against the aarch64
# libisc_pat.so, each built as C99 and as C++17 with the aarch64 cross
# compilers and run by qemu-aarch64 on the cross sysroot's glibc.
#
#   make test-c-linux-arm64

.PHONY: test-c-linux-arm64

QEMU_ARM64 ?= qemu-aarch64
ARM64_TEST_DIR := $(ROOT)/target/linux-arm64
ARM64_CXX := aarch64-linux-gnu-g++
# The programs find the library beside them (rpath $ORIGIN), where its
# SONAME link is.
ARM64_CFLAGS := $(C_WARNINGS) -O1 -I$(HEADER_DIR)
ARM64_LINK := -L$(ARM64_TEST_DIR)/c -lisc_pat -lpthread -Wl,-rpath,'$$ORIGIN'

test-c-linux-arm64: native-linux-arm64 corpus
	rm -rf $(ARM64_TEST_DIR)/c
	mkdir -p $(ARM64_TEST_DIR)/c
	cp $(ARM64_SO) $(ARM64_TEST_DIR)/c/libisc_pat.so.$(VERSION)
	ln -s libisc_pat.so.$(VERSION) $(ARM64_TEST_DIR)/c/libisc_pat.so.$(SOVERSION)
	ln -s libisc_pat.so.$(SOVERSION) $(ARM64_TEST_DIR)/c/libisc_pat.so
	for t in $(C_TESTS); do \
	  $(ARM64_CC) -std=c99 -pedantic $(ARM64_CFLAGS) tests/c/$$t.c -o $(ARM64_TEST_DIR)/c/$$t $(ARM64_LINK); \
	  $(ARM64_CXX) -x c++ -std=c++17 $(ARM64_CFLAGS) tests/c/$$t.c -o $(ARM64_TEST_DIR)/c/$$t.cpp $(ARM64_LINK); \
	done
	export ISC_PAT_CORPUS_DIR=$(CORPUS_DIR) ISC_PAT_CORPUS_GENERATED=$(CORPUS_OUT); \
	for t in $(C_TESTS); do \
	  echo "== $$t (linux-arm64, C99, QEMU)"; $(QEMU_ARM64) -L $(ARM64_SYSROOT) $(ARM64_TEST_DIR)/c/$$t; \
	  echo "== $$t (linux-arm64, C++17, QEMU)"; $(QEMU_ARM64) -L $(ARM64_SYSROOT) $(ARM64_TEST_DIR)/c/$$t.cpp; \
	done

TEST_TARGETS += test-c-linux-arm64
