#!/usr/bin/env bash
# edu2035 database restore (数据库恢复): load a dump made by deploy/backup.sh into an EMPTY database.
#
#   createdb -h 127.0.0.1 -U postgres -O edu2035 edu2035_restored
#   deploy/restore.sh /var/backups/edu2035/edu2035-20261205T020000Z.dump \
#     postgres://edu2035@127.0.0.1:5432/edu2035_restored
#
# Arguments: the .dump file, and the URL of the target database (it must exist and be empty:
# no tables outside the system schemas; this script never overwrites data).
# Environment: PG_BIN as in backup.sh.
#
# One transaction (--single-transaction --exit-on-error): either the whole dump is restored or
# nothing is. Objects are owned by the role of the target URL (--no-owner --no-privileges), so a
# dump restores under another role name. Then prints what the restored database holds (the
# migrations applied, districts, schools, staff records, accounts) for a look before the API
# is pointed at it. The API runs any newer migrations itself at start (under its advisory lock).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: deploy/restore.sh <file.dump> <postgres://user@host:port/empty_database>" >&2
  exit 2
fi
dump="$1"
target="$2"
[[ -f "$dump" ]] || { echo "restore: no such file: $dump" >&2; exit 1; }

pg_tool() {
  local tool="$1"
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN/$tool"; return; fi
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$newest" ]] || { echo "restore: $tool not found (set PG_BIN)" >&2; exit 1; }
  echo "$newest/$tool"
}
PG_RESTORE="$(pg_tool pg_restore)"
PSQL="$(pg_tool psql)"

"$PG_RESTORE" --list "$dump" >/dev/null || { echo "restore: $dump is not a pg_dump custom-format archive" >&2; exit 1; }

tables="$("$PSQL" --no-psqlrc --quiet --tuples-only --no-align --dbname="$target" --command \
  "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")"
if [[ "$tables" != "0" ]]; then
  echo "restore: the target database is not empty ($tables tables); restore only into an empty database (目标数据库非空，未恢复)" >&2
  exit 1
fi

"$PG_RESTORE" --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$target" "$dump"

"$PSQL" --no-psqlrc --quiet --dbname="$target" --command "
  select (select count(*) from drizzle.__drizzle_migrations) as migrations,
         (select count(*) from districts) as districts,
         (select count(*) from schools) as schools,
         (select count(*) from staff) as staff_records,
         (select count(*) from users) as accounts"
echo "restore: $dump → restored (数据已恢复)" >&2
