# The Debian packages the build and the tests need (the list and why, in
# tools/install-deps.sh). Idempotent: with everything installed it only checks.

.PHONY: deps

deps:
	$(ROOT)/tools/install-deps.sh
