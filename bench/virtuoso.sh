# Sourced by the benchmarks (bench/run.sh, bench/cachemiss.sh): a private Virtuoso 7
# from Debian (apt-get install -y virtuoso-opensource) loaded with our N-Quads.
#   virtuoso_start DIR HTTP_PORT SQL_PORT DUMP_DIR GLOB
# starts virtuoso-t with Debian's ini rewritten to its own folder DIR/virtuoso and
# ports, loads every DUMP_DIR/GLOB (N-Quads; a quad without a graph would go to
# <http://localhost:3030/graph/default>), builds the free-text index on all literals,
# checkpoints, waits until /sparql answers and sets VIRT_PID. Tuned fairly: 64 HTTP
# threads and client connections (the default 10 gives read errors at 64 clients);
# buffers as shipped unless VIRT_BUFFERS is set (8-KB pages; Debian's ini suggests
# 340000 for 4 GB free), with MaxDirtyBuffers at 3/4 of it as the ini's table does.
# VIRT_PID is also appended to the caller's PIDS array, which its EXIT trap kills. Call it only
# when virtuoso-t is installed (`command -v virtuoso-t`). A DIR whose database was loaded to the end
# before (DIR/virtuoso/LOADED names the dumps) is started as it is: loading 1000x takes minutes.
virtuoso_start() {
  local w=$1 port=$2 sql=$3 dumps=$4 glob=$5
  local v="$w/virtuoso"
  local loaded=""; [ "$(cat "$v/LOADED" 2>/dev/null)" = "$dumps/$glob" ] && loaded=1
  [ -n "$loaded" ] || { rm -rf "$v"; mkdir -p "$v/db"; }
  local buffers=()
  if [ -n "${VIRT_BUFFERS:-}" ]; then
    buffers=(-e "s#^NumberOfBuffers *=.*#NumberOfBuffers = $VIRT_BUFFERS#"
             -e "s#^MaxDirtyBuffers *=.*#MaxDirtyBuffers = $((VIRT_BUFFERS * 3 / 4))#")
  fi
  sed -e "s#/var/lib/virtuoso-opensource-7/db#$v/db#g" -e "s#^ServerPort *= *1111#ServerPort = $sql#" \
      -e "s#^ServerPort *= *8890#ServerPort = $port#" \
      -e "s#^DirsAllowed *=.*#DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, $dumps#" \
      -e "s#^MaxClientConnections *= *10#MaxClientConnections = 64#" -e "s#^ServerThreads *= *10#ServerThreads = 64#" \
      "${buffers[@]}" /etc/virtuoso-opensource-7/virtuoso.ini > "$v/virtuoso.ini"
  (cd "$v" && exec virtuoso-t -f -c "$v/virtuoso.ini" > "$v/out.log" 2>&1) &
  VIRT_PID=""
  until isql-vt "$sql" dba dba exec="status();" >/dev/null 2>&1; do sleep 0.5; done
  VIRT_PID=$(pgrep -f "virtuoso-t -f -c $v/virtuoso.ini" | head -1); PIDS+=("$VIRT_PID")
  if [ -z "$loaded" ]; then
    isql-vt "$sql" dba dba exec="DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'index_all'); ld_dir('$dumps', '$glob', 'http://localhost:3030/graph/default'); rdf_loader_run(); DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ(); checkpoint;" >/dev/null
    echo "$dumps/$glob" > "$v/LOADED"
  fi
  until curl -s -o /dev/null "http://localhost:$port/sparql?query=ASK%7B%7D"; do sleep 0.2; done
}
