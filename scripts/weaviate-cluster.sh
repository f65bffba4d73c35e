#!/usr/bin/env bash
# weaviate-cluster.sh start [1|3] | stop | url | kill-node I | down | up
#
# Starts 1 or 3 weaviate-server nodes on 127.0.0.1 for tests and local use,
# with their data in a temporary directory, waits until every node is ready
# and prints the store URL to give citebot (--store, CITEBOT_STORE) and the
# Weaviate tests (CITEBOT_WEAVIATE_URL). `stop` kills the nodes and removes
# the data; `down` kills every node and `up` starts them again on their
# data (for fault tests). The server binary is weaviate-server on PATH or in ~/go/bin:
#   go install github.com/weaviate/weaviate/cmd/weaviate-server@v1.35.2
#
# Node i (0-based) listens on REST 8080+i, gRPC 50051+i, gossip 7100+2i,
# data 7101+2i, Raft 8300+2i and 8301+2i, profiling 6060+i (WEAVIATE_PORT_SHIFT
# adds to all of them). REST, gossip and data bind 127.0.0.1; the server
# binds gRPC, Raft and profiling on all interfaces and has no setting to
# change that; a node that exits because one of them was taken for a
# moment is started again, up to three times (restart_if_port_taken). With
# 3 nodes the URL asks for replication factor 2.
set -euo pipefail

STATE=${WEAVIATE_CLUSTER_STATE:-${TMPDIR:-/tmp}/citebot-weaviate-cluster}
SHIFT=${WEAVIATE_PORT_SHIFT:-0}
BIN=${WEAVIATE_SERVER:-$(command -v weaviate-server || echo "$HOME/go/bin/weaviate-server")}

die() { echo "weaviate-cluster: $*" >&2; exit 1; }

url() {
	local n=$1 u="weaviate://127.0.0.1:$((8080 + SHIFT))?grpc=127.0.0.1:$((50051 + SHIFT))"
	[ "$n" -ge 3 ] && u="$u&replicas=2"
	echo "$u"
}

start_node() { # start_node I N DATA
	local i=$1 n=$2 data=$3 join="" raft=""
	for ((j = 0; j < n; j++)); do raft+="${raft:+,}node$j:$((8300 + 2 * j + SHIFT))"; done
	[ "$i" -gt 0 ] && join="127.0.0.1:$((7100 + SHIFT))"
	mkdir -p "$data/node$i"
	env DISABLE_TELEMETRY=true \
		AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=true \
		DEFAULT_VECTORIZER_MODULE=none ENABLE_MODULES= \
		PERSISTENCE_DATA_PATH="$data/node$i" \
		LOG_LEVEL="${WEAVIATE_LOG_LEVEL:-warning}" \
		GRPC_PORT=$((50051 + i + SHIFT)) \
		GO_PROFILING_PORT=$((6060 + i + SHIFT)) \
		CLUSTER_HOSTNAME="node$i" \
		CLUSTER_IN_LOCALHOST=true \
		CLUSTER_BIND_ADDR=127.0.0.1 CLUSTER_ADVERTISE_ADDR=127.0.0.1 \
		CLUSTER_GOSSIP_BIND_PORT=$((7100 + 2 * i + SHIFT)) \
		CLUSTER_DATA_BIND_PORT=$((7101 + 2 * i + SHIFT)) \
		CLUSTER_JOIN="$join" \
		RAFT_PORT=$((8300 + 2 * i + SHIFT)) \
		RAFT_INTERNAL_RPC_PORT=$((8301 + 2 * i + SHIFT)) \
		RAFT_JOIN="$raft" RAFT_BOOTSTRAP_EXPECT="$n" \
		"$BIN" --scheme http --host 127.0.0.1 --port $((8080 + i + SHIFT)) \
		--read-timeout=600s --write-timeout=600s >"$data/node$i.log" 2>&1 &
	echo $! >>"$STATE/pids"
}

wait_gossip() { # wait_gossip: until node 0 accepts gossip, so that the others can join
	local port=$((7100 + SHIFT))
	for ((t = 0; t < 240; t++)); do
		if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
		sleep 0.5
	done
	die "node 0 does not listen for gossip on $port after 120 s"
}

# restart_if_port_taken I N DATA: starts node I again when it has exited
# because a port it binds was taken, and says whether it did. Its gRPC and
# Raft ports lie in Linux's ephemeral range (32768-60999), so another
# node's outgoing connection may hold one for a moment ("listen tcp
# :50052: bind: address already in use"); the node's pid replaces the old
# one in the list.
restart_if_port_taken() {
	local i=$1 n=$2 data=$3 pid
	pid=$(sed -n "$((i + 1))p" "$STATE/pids")
	if kill -0 "$pid" 2>/dev/null || ! grep -q "address already in use" "$data/node$i.log"; then
		return 1
	fi
	echo "weaviate-cluster: node $i found a port taken; starting it again" >&2
	mv "$data/node$i.log" "$data/node$i.log.taken"
	start_node "$i" "$n" "$data"
	pid=$(tail -n 1 "$STATE/pids")
	sed -i '$d' "$STATE/pids"
	sed -i "$((i + 1))s/.*/$pid/" "$STATE/pids"
}

wait_ready() { # wait_ready I DATA [N]: N nodes, to start node I again if its port was taken
	local i=$1 data=$2 n=${3:-1} port=$((8080 + $1 + SHIFT)) restarts=0
	for ((t = 0; t < 240; t++)); do
		if curl -fsS -o /dev/null "http://127.0.0.1:$port/v1/.well-known/ready" 2>/dev/null; then return 0; fi
		if [ "$restarts" -lt 3 ] && restart_if_port_taken "$i" "$n" "$data"; then
			restarts=$((restarts + 1))
			t=0
		fi
		sleep 0.5
	done
	tail -20 "$data/node$i.log" >&2
	die "node $i (port $port) not ready after 120 s; log: $data/node$i.log"
}

start() {
	local n=${1:-1}
	[ "$n" = 1 ] || [ "$n" = 3 ] || die "start takes 1 or 3 nodes, not $n"
	[ -x "$BIN" ] || die "no weaviate-server at $BIN (go install github.com/weaviate/weaviate/cmd/weaviate-server@v1.35.2)"
	[ -e "$STATE/pids" ] && die "a cluster is already running ($STATE); stop it first"
	mkdir -p "$STATE"
	local data
	data=$(mktemp -d "${TMPDIR:-/tmp}/citebot-weaviate-data.XXXXXX")
	echo "$data" >"$STATE/data"
	echo "$n" >"$STATE/nodes"
	start_node 0 "$n" "$data"
	[ "$n" -gt 1 ] && wait_gossip
	for ((i = 1; i < n; i++)); do start_node "$i" "$n" "$data"; done
	for ((i = 0; i < n; i++)); do wait_ready "$i" "$data" "$n"; done
	echo "weaviate-cluster: $n node(s) ready, data in $data" >&2
	url "$n"
}

stop() {
	[ -e "$STATE/pids" ] || { echo "weaviate-cluster: nothing running" >&2; return 0; }
	while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$STATE/pids"
	while read -r pid; do
		for ((t = 0; t < 60; t++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$pid" 2>/dev/null || true
	done <"$STATE/pids"
	[ -s "$STATE/data" ] && rm -rf "$(cat "$STATE/data")"
	rm -rf "$STATE"
	echo "weaviate-cluster: stopped" >&2
}

# kill_node I: kills one node (for fault tests); its data stays.
kill_node() {
	local pid
	pid=$(sed -n "$(( $1 + 1 ))p" "$STATE/pids")
	[ -n "$pid" ] || die "no node $1"
	kill -9 "$pid"
}

# down: kills every node (as a crash would); the data stays for `up`.
down() {
	[ -e "$STATE/pids" ] || die "nothing running"
	while read -r pid; do kill -9 "$pid" 2>/dev/null || true; done <"$STATE/pids"
	while read -r pid; do
		for ((t = 0; t < 60; t++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
	done <"$STATE/pids"
	echo "weaviate-cluster: down (data kept)" >&2
}

# up: starts again every node of a cluster that is down, on its data, and
# waits until each is ready.
up() {
	[ -e "$STATE/nodes" ] || die "nothing to start again"
	local n data
	n=$(cat "$STATE/nodes")
	data=$(cat "$STATE/data")
	: >"$STATE/pids"
	start_node 0 "$n" "$data"
	[ "$n" -gt 1 ] && wait_gossip
	for ((i = 1; i < n; i++)); do start_node "$i" "$n" "$data"; done
	for ((i = 0; i < n; i++)); do wait_ready "$i" "$data" "$n"; done
	echo "weaviate-cluster: $n node(s) up again" >&2
}

case "${1:-}" in
start) start "${2:-1}" ;;
stop) stop ;;
url) [ -e "$STATE/nodes" ] || die "nothing running"; url "$(cat "$STATE/nodes")" ;;
kill-node) kill_node "${2:?node number}" ;;
down) down ;;
up) up ;;
*) die "usage: $0 start [1|3] | stop | url | kill-node I | down | up" ;;
esac
