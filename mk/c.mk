# C consumers of the library: tests (C99, C++, valgrind, ASan+UBSan) and the
# example, all compiled against the committed header and the release build.

C_BUILD := $(ROOT)/target/c
C_TESTS := test_abi test_threads test_corpus
C_WARNINGS := -Wall -Wextra -Werror
C_LINK := -L$(ROOT)/target/release -Wl,-rpath,$(ROOT)/target/release -lisc_pat -lpthread
VALGRIND := valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible \
	--errors-for-leak-kinds=definite,indirect,possible

# The hostile-input corpus (tests/corpus/README.md): its large inputs and the
# flat forms for C are generated into target/corpus/ for every runner.
CORPUS_DIR := $(ROOT)/tests/corpus
CORPUS_OUT := $(ROOT)/target/corpus
# valgrind serialises threads: its run of test_threads does fewer rounds
# than the 10,000 per thread of the native and sanitizer runs.
VALGRIND_THREAD_ROUNDS := 1000

.PHONY: test-c example-c c-tests corpus

corpus: $(CORPUS_OUT)/manifest.tsv

$(CORPUS_OUT)/manifest.tsv: $(CORPUS_DIR)/generate.py $(CORPUS_DIR)/manifest.json \
		$(wildcard $(CORPUS_DIR)/json/*.json $(CORPUS_DIR)/fields/*.json)
	python3 $(CORPUS_DIR)/generate.py $(CORPUS_DIR) $(CORPUS_OUT)

# The Rust corpus runner reads the same generated inputs.
test-rust: corpus

$(C_BUILD):
	mkdir -p $@

# Each test in four builds: C99, C++17, C99 under ASan+UBSan (run directly),
# and the plain C99 build again under valgrind.
c-tests: native | $(C_BUILD)
	for t in $(C_TESTS); do \
	  gcc -std=c99 -pedantic $(C_WARNINGS) -g -I$(HEADER_DIR) tests/c/$$t.c -o $(C_BUILD)/$$t $(C_LINK); \
	  g++ -x c++ -std=c++17 $(C_WARNINGS) -g -I$(HEADER_DIR) tests/c/$$t.c -o $(C_BUILD)/$$t.cpp $(C_LINK); \
	  gcc -std=c99 $(C_WARNINGS) -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all \
	    -I$(HEADER_DIR) tests/c/$$t.c -o $(C_BUILD)/$$t.asan $(C_LINK); \
	done

test-c: c-tests corpus
	export ISC_PAT_CORPUS_DIR=$(CORPUS_DIR) ISC_PAT_CORPUS_GENERATED=$(CORPUS_OUT); \
	for t in $(C_TESTS); do \
	  echo "== $$t (C99)"; $(C_BUILD)/$$t; \
	  echo "== $$t (C++17)"; $(C_BUILD)/$$t.cpp; \
	  echo "== $$t (ASan+UBSan)"; ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 $(C_BUILD)/$$t.asan; \
	  echo "== $$t (valgrind memcheck)"; ISC_PAT_THREAD_ROUNDS=$(VALGRIND_THREAD_ROUNDS) $(VALGRIND) $(C_BUILD)/$$t; \
	done

example-c: native | $(C_BUILD)
	@gcc -std=c99 $(C_WARNINGS) -I$(HEADER_DIR) examples/c/documented_example.c -o $(C_BUILD)/documented_example $(C_LINK)
	@$(C_BUILD)/documented_example

TEST_TARGETS += test-c
