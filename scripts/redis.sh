#!/usr/bin/env bash
# Make a local redis-server available for the distributed mode's tests (BullMQ).
# Idempotent: installs the Debian package when the binary is missing (needs root
# or sudo and Debian apt), then starts one server on 127.0.0.1:${NEWSPARSE_REDIS_PORT:-6390}
# unless one already answers there. Prints `redis: ready on PORT` or
# `redis: unavailable (REASON)`; exits 0 either way, so a machine without apt
# still runs every other check (the redis tests then say why they skip).
set -uo pipefail
port=${NEWSPARSE_REDIS_PORT:-6390}
dir=${NEWSPARSE_REDIS_DIR:-${TMPDIR:-/tmp}/newsparse-redis-$port}

if ! command -v redis-server >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "redis: unavailable (redis-server is not installed and apt-get is missing)"
    exit 0
  fi
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "redis: unavailable (redis-server is not installed and this user cannot run apt-get)"
      exit 0
    fi
  fi
  echo "redis: installing the Debian package redis-server" >&2
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server; } >/dev/null 2>&1; then
    echo "redis: unavailable (apt-get install redis-server failed)"
    exit 0
  fi
fi

if redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then
  echo "redis: ready on $port"
  exit 0
fi
mkdir -p "$dir"
# no persistence: a scratch server for tests and local runs
redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no \
  --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null 2>&1
for _ in $(seq 1 50); do
  if redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then
    echo "redis: ready on $port"
    exit 0
  fi
  sleep 0.1
done
echo "redis: unavailable (redis-server did not answer on $port; see $dir/redis.log)"
exit 0
