#!/usr/bin/env bash
# Keeps one wineserver running for a Wine prefix across all the programs a
# test run starts, and stops it afterwards.
#
#   WINEPREFIX=... tools/wine-server.sh start WINESERVER LINGER_SECONDS
#   WINEPREFIX=... tools/wine-server.sh stop WINESERVER
#
# Why: a wineserver shuts down soon after its last program ends, and with
# Wine 8 it also shut down between two test programs started back to back.
# A program that starts while the server is shutting down dies at once with
# "wine client error:0: recvmsg: Connection reset by peer". A server started
# with a lingering time (-p) serves every program of the run instead, and
# ends by itself LINGER_SECONDS after the last one if `stop` never comes.
#
# `start` first stops a server already running for the prefix: the prefix is
# private to this repository's build, so that server belongs to an earlier
# run, and its lingering time is unknown.
set -euo pipefail

action=${1:?start or stop}
wineserver=${2:?the path of wineserver}
: "${WINEPREFIX:?WINEPREFIX must name the prefix}"

stop() {
  # -k fails when no server runs; -w returns once it has exited.
  "$wineserver" -k 2>/dev/null || true
  "$wineserver" -w
}

case "$action" in
  start)
    linger=${3:?the lingering time in seconds}
    stop
    # The server runs in the background: it must hold none of the caller's
    # files, or a runner reading the build's output would wait for it to end.
    (
      for fd in /proc/$BASHPID/fd/*; do
        fd=${fd##*/}
        if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
      done
      exec "$wineserver" -p"$linger" </dev/null >/dev/null 2>&1
    )
    ;;
  stop)
    stop
    ;;
  *)
    echo "wine-server.sh: unknown action '$action' (start or stop)" >&2
    exit 2
    ;;
esac
