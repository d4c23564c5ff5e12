#!/bin/sh
# Jisr's whole-process performance measurements, side by side in one invocation, each in its own
# fresh JVM. Prints one key=value line per figure (context lines first); benchmarks/RESULTS.md says
# what each figure means and how it is timed.
#
#   benchmarks/run.sh           the full run: 10k, 100k and 1M-record corpora, warm-up passes for
#                               at least 15 s then 5 timed passes, the JMH stage benchmarks
#   benchmarks/run.sh --quick   meant for under 3 minutes: 10k-record corpora, 1 timed pass; skips
#                               the 1M-record figures (peak_rss_mb_1m, xmx64m_1m print "skipped")
#                               and the JMH stage benchmarks
#
# Environment: PASSES (timed passes per throughput figure, default 5, quick 1), WARMUP_SECONDS
# (least warm-up time before them, default 15, quick 0: one warm-up pass), PAIRED_JVMS (rounds of
# the single- and two-thread pipelines, and JVMs that measure the paired ratio to the token walk:
# default 3, quick 1), JAVA (default java).
# It builds what it needs (the command line's jar and benchmarks.jar, when missing or older than
# a source) and writes the corpus into benchmarks/target/corpus once; nothing goes into git.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
bench=$root/benchmarks
jar=$bench/target/benchmarks.jar
corpus=$bench/target/corpus
work=$bench/target/run
JAVA=${JAVA:-java}

quick=0
for arg in "$@"; do
    case $arg in
        --quick) quick=1 ;;
        *) echo "usage: benchmarks/run.sh [--quick]" >&2; exit 2 ;;
    esac
done
if [ $quick = 1 ]; then
    size=10000; passes=${PASSES:-1}; warmup=${WARMUP_SECONDS:-0}; jvms=${PAIRED_JVMS:-1}
else
    size=100000; passes=${PASSES:-5}; warmup=${WARMUP_SECONDS:-15}; jvms=${PAIRED_JVMS:-3}
fi

cli_jar() {
    for j in "$root"/cli/target/jisr-cli-*-all.jar; do
        [ -f "$j" ] && echo "$j" && return 0
    done
    return 1
}

# Build when a jar is missing, or a pom or a main source of a module they contain is newer.
stale() {
    [ -f "$jar" ] || return 0
    c=$(cli_jar) || return 0
    for m in schema core reference adapters/csv adapters/xlsx adapters/ics cli benchmarks; do
        if [ -n "$(find "$root/$m/src/main" "$root/$m/pom.xml" -newer "$c" -print 2>/dev/null | head -n 1)" ] \
            || [ -n "$(find "$root/$m/src/main" "$root/$m/pom.xml" -newer "$jar" -print 2>/dev/null | head -n 1)" ]; then
            return 0
        fi
    done
    [ "$root/pom.xml" -nt "$jar" ]
}
if stale; then
    echo "# building the command line and benchmarks.jar ..." >&2
    (cd "$root" && ./mvnw -q -B -pl cli,benchmarks -am package -DskipTests) >&2
fi
cli=$(cli_jar)
mkdir -p "$corpus" "$work"

# The corpus, generated once (the generator keeps files already there: same arguments, same bytes).
gen() {
    "$JAVA" -cp "$jar" org.jisr.benchmarks.CorpusGenerator "$corpus" "$@" >&2
}
gen 10000 --invalid 0,1,100 --forms ndjson,json
if [ $quick = 0 ]; then
    gen 100000 --invalid 0,1 --forms ndjson,json
    gen 1000000 --invalid 0,1 --forms ndjson
fi
case $size in
    10000) s=10k ;;
    *) s=100k ;;
esac
ndjson=$corpus/corpus-$s-0pct.ndjson
document=$corpus/corpus-$s-0pct.json

# Context.
echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "mode=$([ $quick = 1 ] && echo quick || echo full)"
echo "machine_cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
echo "machine_memory_mb=$(awk '/MemTotal/ {printf "%d", $2 / 1024}' /proc/meminfo 2>/dev/null || echo unknown)"
echo "machine_load_before=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null | tr ' ' '/')"
echo "java_version=$("$JAVA" -version 2>&1 | head -n 1 | tr ' ' '_' | tr -d '"')"
echo "git_commit=$(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "throughput_corpus=$(basename "$ndjson") $(basename "$document")"
echo "throughput_corpus_bytes=$(wc -c < "$ndjson")"
echo "throughput_corpus_records=$size"
echo "throughput_passes=$passes"
echo "throughput_warmup_seconds=$warmup"
echo "paired_jvms=$jvms"

# Throughput: each measurement in a fresh JVM, warm-up pass then timed passes (Throughput.java).
measure() { # name file
    "$JAVA" -cp "$jar" org.jisr.benchmarks.Throughput "$1" "$2" "$2" "$passes" "$warmup" >"$work/$1.out" 2>"$work/$1.err" || true
    if grep -q "^$1_mb_s=" "$work/$1.out"; then
        cat "$work/$1.out"
    else
        # Printed, not hidden: e.g. pipeline_2t on a Validator without parallelism.
        echo "$1_mb_s=unavailable"
        echo "$1_error=$(grep -m 1 -E 'Exception|Error' "$work/$1.err" | tr ' ' '_' | cut -c 1-160)"
    fi
}
value() { # name key
    sed -n "s/^$2=//p" "$work/$1.out"
}
# The single- and two-thread pipelines: $jvms rounds of one JVM each, in turn, so that both see the
# machine in its fast and slow moments; each figure is the round with its median speed (its other
# rounds follow as <name>_mb_s_rounds).
run_round() { # name file round
    "$JAVA" -cp "$jar" org.jisr.benchmarks.Throughput "$1" "$2" "$2" "$passes" "$warmup" >"$work/$1-$3.out" 2>"$work/$1-$3.err" || true
}
pick_median() { # name
    for f in "$work/$1"-[0-9]*.out; do
        echo "$(sed -n "s/^$1_mb_s=//p" "$f") $f"
    done | awk 'NF == 2' | sort -g > "$work/$1.rounds"
    n=$(wc -l < "$work/$1.rounds")
    if [ "$n" -gt 0 ]; then
        cp "$(sed -n "$(( (n + 1) / 2 ))p" "$work/$1.rounds" | cut -d ' ' -f 2)" "$work/$1.out"
        cat "$work/$1.out"
        echo "$1_mb_s_rounds=$(cut -d ' ' -f 1 "$work/$1.rounds" | paste -s -d ',' -)"
    else
        echo "$1_mb_s=unavailable"
        echo "$1_error=$(grep -h -m 1 -E 'Exception|Error' "$work/$1"-*.err | head -n 1 | tr ' ' '_' | cut -c 1-160)"
        : > "$work/$1.out"
    fi
}
measure token_walk "$ndjson"
rm -f "$work"/pipeline_1t-*.out "$work"/pipeline_2t-*.out
r=1
while [ $r -le $jvms ]; do
    run_round pipeline_1t "$ndjson" $r
    run_round pipeline_2t "$ndjson" $r
    r=$((r + 1))
done
pick_median pipeline_1t
pick_median pipeline_2t
measure pipeline_doc_1t "$document"
measure naive "$document"
measure convert_csv "$ndjson"
ratio() { # numerator denominator
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "unavailable"; else printf "%.2f\n", a / b }'
}
tw=$(value token_walk token_walk_mb_s)
p1=$(value pipeline_1t pipeline_1t_mb_s)
p2=$(value pipeline_2t pipeline_2t_mb_s)
nv=$(value naive naive_mb_s)
# The ratio, paired: the token walk and the pipeline in turn in one JVM (Throughput paired_1t), in
# $jvms JVMs; the median of every pipeline pass's ratio to the token-walk passes around it. The
# speed of one pass moves by a third from minute to minute on a shared machine, and from one JVM to
# the next; measured apart, the two speeds can each fall in a fast or a slow moment.
: > "$work/paired.ratios"
j=1
while [ $j -le $jvms ]; do
    "$JAVA" -cp "$jar" org.jisr.benchmarks.Throughput paired_1t "$ndjson" "$ndjson" "$passes" "$warmup" \
        >"$work/paired-$j.out" 2>"$work/paired-$j.err" || true
    sed -n 's/^paired_ratios=//p' "$work/paired-$j.out" | tr ',' '\n' >> "$work/paired.ratios"
    echo "paired_$j=$(sed -n 's/^paired_token_walk_mb_s=//p' "$work/paired-$j.out")/$(sed -n 's/^paired_pipeline_1t_mb_s=//p' "$work/paired-$j.out") MB/s ratios $(sed -n 's/^paired_ratios=//p' "$work/paired-$j.out")"
    j=$((j + 1))
done
paired=$(sort -g "$work/paired.ratios" | awk 'NF { v[n++] = $1 } END { if (n == 0) print "unavailable"; else printf "%.2f\n", v[int(n / 2)] }')
echo "ratio_pipeline_vs_token_walk=$paired"
echo "ratio_pipeline_vs_token_walk_unpaired=$(ratio "$tw" "$p1")"
echo "ratio_naive_vs_pipeline=$(ratio "$p1" "$nv")"
echo "ratio_pipeline_2t_vs_1t=$(ratio "$p2" "$p1")"

# Peak resident memory of the real `jisr validate` process (the launcher execs java: same process).
peak_rss_kb() { # output-file args... ; prints the peak RSS in kB, leaves the exit code in $work/rc
    out=$1; shift
    if [ -x /usr/bin/time ]; then
        set +e
        /usr/bin/time -f %M -o "$work/time.txt" "$root/jisr" validate --quiet --report=json --output="$out" "$@" \
            >/dev/null 2>"$work/validate.err"
        echo $? > "$work/rc"
        set -e
        tail -n 1 "$work/time.txt"
    else
        # No GNU time: poll the process's high-water mark (VmHWM) until it ends.
        "$root/jisr" validate --quiet --report=json --output="$out" "$@" >/dev/null 2>"$work/validate.err" &
        pid=$!
        hwm=0
        while kill -0 $pid 2>/dev/null; do
            h=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || true)
            [ -n "$h" ] && [ "$h" -gt "$hwm" ] && hwm=$h
            sleep 0.1
        done
        set +e
        wait $pid
        echo $? > "$work/rc"
        set -e
        echo $hwm
    fi
}
complete_report() { # report records: the JSON report says it went through every record
    grep -q "\"records\" *: *$2[,}]" "$1"
}
rss10=$(peak_rss_kb "$work/report-10k.json" "$corpus/corpus-10k-0pct.ndjson")
echo "peak_rss_mb_10k=$((rss10 / 1024))"
echo "validate_10k_exit=$(cat "$work/rc")"
if [ $quick = 0 ]; then
    rss1m=$(peak_rss_kb "$work/report-1m.json" "$corpus/corpus-1m-0pct.ndjson")
    echo "peak_rss_mb_1m=$((rss1m / 1024))"
    echo "validate_1m_exit=$(cat "$work/rc")"
    echo "ratio_peak_rss_1m_vs_10k=$(ratio "$rss1m" "$rss10")"
    # The 1M-record stream with 1 % invalid records (exit 1 expected) under a 64 MB heap.
    rm -f "$work/report-1m-xmx64m.json"
    # JDK_JAVA_OPTIONS: the java launcher adds it before the launcher's own flags.
    export JDK_JAVA_OPTIONS=-Xmx64m
    rssx=$(peak_rss_kb "$work/report-1m-xmx64m.json" "$corpus/corpus-1m-1pct.ndjson")
    unset JDK_JAVA_OPTIONS
    rc=$(cat "$work/rc")
    if { [ "$rc" = 0 ] || [ "$rc" = 1 ]; } && complete_report "$work/report-1m-xmx64m.json" 1000000; then
        echo "xmx64m_1m=pass"
    else
        echo "xmx64m_1m=fail"
    fi
    echo "xmx64m_1m_exit=$rc"
    echo "xmx64m_1m_peak_rss_mb=$((rssx / 1024))"
else
    echo "peak_rss_mb_1m=skipped"
    echo "xmx64m_1m=skipped"
fi

# Cold start on the flagship file: the command a user runs (the launcher, its java command and
# flags) against a bare JVM that only parses the same file with Jackson, median of 5 runs each,
# interleaved so that both see the same machine.
flagship=$root/examples/data/workshop-2024-12-10.json
bare_cp=$bench/target/classes:$(cat "$bench/target/jackson.classpath")
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# One untimed run first: the launcher may prepare a class-data-sharing archive on first use.
"$root/jisr" --version >/dev/null 2>&1 || true
: > "$work/cli.ms"
: > "$work/bare.ms"
for i in 1 2 3 4 5; do
    t0=$(now_ms)
    "$root/jisr" validate --quiet "$flagship" >/dev/null 2>&1 || true
    t1=$(now_ms)
    "$JAVA" -cp "$bare_cp" org.jisr.benchmarks.BareJacksonParse "$flagship" >/dev/null
    t2=$(now_ms)
    echo $((t1 - t0)) >> "$work/cli.ms"
    echo $((t2 - t1)) >> "$work/bare.ms"
done
cli_ms=$(sort -n "$work/cli.ms" | sed -n 3p)
bare_ms=$(sort -n "$work/bare.ms" | sed -n 3p)
echo "cli_small_file_ms=$cli_ms"
echo "bare_jackson_parse_ms=$bare_ms"
echo "cli_small_file_ratio=$(ratio "$cli_ms" "$bare_ms")"

# The JMH stage benchmarks: time and bytes allocated per record (StageBenchmarks.java).
if [ $quick = 0 ]; then
    "$JAVA" -jar "$jar" StageBenchmarks -prof gc -f 1 -wi 3 -i 5 -w 1s -r 1s \
        -rf csv -rff "$work/stages.csv" >"$work/stages.log" 2>&1
    awk -F, 'NR > 1 {
        gsub(/"/, "", $1); name = $1; sub(/.*StageBenchmarks\./, "", name)
        if (name !~ /:/) printf "stage_%s_us_per_record=%.3f\n", name, $5
        else if (name ~ /:gc.alloc.rate.norm$/) { sub(/:.*/, "", name); printf "stage_%s_bytes_per_record=%.0f\n", name, $5 }
    }' "$work/stages.csv"
else
    echo "stages=skipped"
fi
echo "machine_load_after=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null | tr ' ' '/')"
