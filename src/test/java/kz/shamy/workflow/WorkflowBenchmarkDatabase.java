package kz.shamy.workflow;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database side of {@link WorkflowBenchmark}: the query plans of a request, as PostgreSQL's {@code auto_explain}
 * logs them while it runs, and the database work per step as the engine's history grows. Not a test.
 */
final class WorkflowBenchmarkDatabase {

    /** The columns that name one instance's rows; a synthetic copy of an instance gives each a suffix. */
    private static final Set<String> INSTANCE_COLUMNS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_",
            "execution_id_", "task_id_", "act_inst_id_", "parent_act_inst_id_", "call_proc_inst_id_");
    private static final Pattern ENTRY_START = Pattern.compile("^\\S.*?(LOG|DETAIL|ERROR|WARNING|STATEMENT):\\s+");
    private static final Pattern EXPLAINED = Pattern.compile("LOG:\\s+duration: ([0-9.]+) ms\\s+plan:");
    private static final Pattern EXECUTED = Pattern.compile("LOG:\\s+duration: [0-9.]+ ms\\s+(?:execute|statement)"
            + "[^:]*: (.*)", Pattern.DOTALL);

    private final JdbcTemplate admin;
    private final JdbcTemplate shamy;
    private final JdbcTemplate stats;
    private final Path log;
    private long syntheticCopies;

    /**
     * @param admin a superuser's connection to the server (ALTER SYSTEM)
     * @param shamy Shamy's own pool, whose search path finds the engine's tables
     * @param stats a connection for pg_stat_statements and pg_stat_database
     * @param log the server's log file (logging_collector on, one file)
     */
    WorkflowBenchmarkDatabase(JdbcTemplate admin, JdbcTemplate shamy, JdbcTemplate stats, Path log) {
        this.admin = admin;
        this.shamy = shamy;
        this.stats = stats;
        this.log = log;
    }

    // --- query plans

    interface Requests {
        void run() throws Exception;
    }

    /**
     * The plans of the statements on the engine's runtime task and authorization tables that {@code requests} run,
     * in the order they ran: {@code auto_explain} (loaded at start, {@code log_analyze} and {@code log_buffers} on,
     * so each plan is what {@code EXPLAIN (ANALYZE, BUFFERS)} shows for that very execution, with its real
     * parameters) logs every statement while {@code log_min_duration} is 0, for this window only, with
     * {@code log_min_duration_statement} 0 beside it for the parameters.
     */
    String plans(String title, Requests requests) throws Exception {
        long offset = Files.exists(log) ? Files.size(log) : 0;
        logEveryStatement(true);
        try {
            requests.run();
        } finally {
            logEveryStatement(false);
        }
        String text = read(offset);
        List<Plan> plans = parse(text);
        StringBuilder out = new StringBuilder("#### ").append(title).append("\n\n");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Plan plan : plans) {
            seen.merge(plan.query, 1, Integer::sum);
        }
        int shown = 0;
        for (Plan plan : plans) {
            Integer times = seen.remove(plan.query);
            if (times == null) {
                continue; // shown with its first run
            }
            shown++;
            out.append(String.format(Locale.ROOT, "%d. Ran %d× in the window; this run %s ms.%s%n%n", shown, times,
                    plan.ms, plan.parameters == null ? "" : " Parameters: `" + cap(plan.parameters, 600) + "`"));
            out.append("   ```sql\n   ").append(cap(plan.query, 2000)).append("\n   ```\n\n   ```\n");
            for (String line : plan.plan.split("\n")) {
                out.append("   ").append(line).append('\n');
            }
            out.append("   ```\n\n");
        }
        if (shown == 0) {
            out.append("No plan on `act_ru_task` or `act_ru_authorization` was logged; the log said:\n\n```\n")
                    .append(cap(text, 3000)).append("\n```\n\n");
        }
        return out.toString();
    }

    private void logEveryStatement(boolean on) {
        if (on) {
            admin.execute("alter system set auto_explain.log_min_duration = 0");
            admin.execute("alter system set log_min_duration_statement = 0");
        } else {
            admin.execute("alter system reset auto_explain.log_min_duration");
            admin.execute("alter system reset log_min_duration_statement");
        }
        admin.queryForObject("select pg_reload_conf()", Boolean.class);
        // the postmaster signals each backend, which reads the file again before its next command
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
    }

    private String read(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    record Plan(String ms, String query, String plan, String parameters) {
    }

    /**
     * The log's entries: a line with the prefix starts one, lines starting with a tab continue it (PostgreSQL
     * writes a message's own line breaks so). An explained entry is "Query Text: …" and the plan from the first
     * line with a cost; the parameters are the DETAIL of the "execute" of the same text just before it (the plan is
     * logged when the portal closes, after its execution's duration).
     */
    static List<Plan> parse(String text) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t") && current != null) {
                current.append('\n').append(line.substring(1));
            } else if (ENTRY_START.matcher(line).find()) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Matcher explained = EXPLAINED.matcher(entries.get(i));
            if (!explained.find()) {
                continue;
            }
            String body = entries.get(i).substring(explained.end());
            int queryStart = body.indexOf("Query Text: ");
            if (queryStart < 0) {
                continue;
            }
            List<String> lines = List.of(body.substring(queryStart + "Query Text: ".length()).split("\n"));
            int planStart = 0;
            while (planStart < lines.size() && !lines.get(planStart).contains("(cost=")) {
                planStart++;
            }
            String query = String.join(" ", lines.subList(0, planStart)).replaceAll("\\s+", " ").trim();
            if (!query.matches("(?is).*\\b(act_ru_task|act_ru_authorization)\\b.*")) {
                continue;
            }
            String plan = String.join("\n", lines.subList(planStart, lines.size())).stripTrailing();
            plans.add(new Plan(explained.group(1), query, plan, parameters(entries, i, query)));
        }
        return plans;
    }

    private static String parameters(List<String> entries, int from, String query) {
        for (int j = from - 1; j >= 0 && j > from - 12; j--) {
            Matcher executed = EXECUTED.matcher(entries.get(j));
            if (executed.find() && executed.group(1).replaceAll("\\s+", " ").trim().equals(query)) {
                if (j + 1 < entries.size() && entries.get(j + 1).contains("DETAIL:  parameters: ")) {
                    String detail = entries.get(j + 1);
                    return detail.substring(detail.indexOf("parameters: ") + "parameters: ".length())
                            .replaceAll("\\s+", " ");
                }
                return null;
            }
        }
        return null;
    }

    private static String cap(String text, int max) {
        return text.length() > max ? text.substring(0, max) + " …" : text;
    }

    // --- history growth

    /** Rows in the engine's history tables ({@code act_hi_*}). */
    long historyRows() {
        long rows = 0;
        for (String table : historyTables()) {
            rows += shamy.queryForObject("select count(*) from " + table, Long.class);
        }
        return rows;
    }

    private List<String> historyTables() {
        return shamy.queryForList("""
                select c.relname from pg_class c where c.relkind = 'r' and c.relname like 'act\\_hi\\_%'
                and pg_table_is_visible(c.oid) order by c.relname""", String.class);
    }

    /**
     * Copies of the {@code template} instance's history rows, each copy's instance columns suffixed with its
     * number, until the history tables hold at least {@code target} rows; then VACUUM ANALYZE, so the planner knows
     * the new sizes and autovacuum has nothing left to do while the steps run. Returns the milliseconds it took.
     */
    long growHistory(String template, long target) {
        long start = System.nanoTime();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        long perCopy = 0;
        for (String table : historyTables()) {
            List<String> names = shamy.queryForList("""
                    select attname from pg_attribute where attrelid = ?::regclass and attnum > 0
                    and not attisdropped order by attnum""", String.class, table);
            if (names.contains("proc_inst_id_")) {
                columns.put(table, names);
                perCopy += shamy.queryForObject("select count(*) from " + table + " where proc_inst_id_ = ?",
                        Long.class, template);
            }
        }
        long missing = target - historyRows();
        if (missing > 0 && perCopy > 0) {
            long copies = (missing + perCopy - 1) / perCopy;
            for (var table : columns.entrySet()) {
                List<String> values = table.getValue().stream().map(c -> INSTANCE_COLUMNS.contains(c)
                        ? c + " || '~' || n" : c).toList();
                shamy.update("insert into " + table.getKey() + " (" + String.join(", ", table.getValue())
                        + ") select " + String.join(", ", values) + " from " + table.getKey()
                        + ", generate_series(?::bigint, ?::bigint) n where proc_inst_id_ = ?", syntheticCopies + 1,
                        syntheticCopies + copies, template);
            }
            syntheticCopies += copies;
        }
        for (String table : historyTables()) {
            shamy.execute("vacuum analyze " + table);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    record Work(long historyRows, int steps, double seconds, long statements, long transactions, long rowsRead,
            long buffers, Map<Long, long[]> byStatement, Map<Long, String> texts) {
    }

    /**
     * The database work of {@code steps} (one client), from pg_stat_statements (statements, transaction control
     * left out; buffers, shared hit + read) and pg_stat_database (transactions, tuples returned + fetched) of
     * {@code database}.
     */
    Work work(String database, Callable<long[]> steps) throws Exception {
        long rows = historyRows();
        WorkflowBenchmark.settle();
        stats.execute("select pg_stat_statements_reset()");
        long[] before = counters(database);
        long start = System.nanoTime();
        long[] times = steps.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        WorkflowBenchmark.settle();
        long[] after = counters(database);
        Map<Long, long[]> byStatement = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        long statements = 0;
        long buffers = 0;
        for (Map<String, Object> row : stats.queryForList("""
                select s.queryid, s.calls, s.rows, s.shared_blks_hit + s.shared_blks_read as buffers, s.query
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname = ? and s.query !~* '^\\s*(begin|commit|rollback|start transaction)'""", database)) {
            long id = ((Number) row.get("queryid")).longValue();
            long calls = ((Number) row.get("calls")).longValue();
            long blocks = ((Number) row.get("buffers")).longValue();
            byStatement.put(id, new long[] {calls, ((Number) row.get("rows")).longValue(), blocks});
            texts.put(id, String.valueOf(row.get("query")).replaceAll("\\s+", " "));
            statements += calls;
            buffers += blocks;
        }
        return new Work(rows, times.length, seconds, statements, after[0] - before[0], after[1] - before[1],
                buffers, byStatement, texts);
    }

    private long[] counters(String database) {
        return stats.queryForObject("""
                select xact_commit + xact_rollback, tup_returned + tup_fetched from pg_stat_database
                where datname = ?""", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, database);
    }

    /** A table of the levels, then the statements with the most buffers per step at the last level. */
    static String table(List<Work> levels) {
        StringBuilder out = new StringBuilder("""
                | History rows (act_hi_*) | Steps | Steps/s | Statements per step | Transactions per step | Rows read per step (tuples returned + fetched) | Buffers per step (shared hit + read) |
                |---|---|---|---|---|---|---|
                """);
        for (Work w : levels) {
            out.append(String.format(Locale.ROOT, "| %,d | %d | %.1f | %.1f | %.1f | %.0f | %.0f |%n", w.historyRows,
                    w.steps, w.steps / w.seconds, (double) w.statements / w.steps,
                    (double) w.transactions / w.steps, (double) w.rowsRead / w.steps, (double) w.buffers / w.steps));
        }
        Work first = levels.get(0);
        Work last = levels.get(levels.size() - 1);
        out.append(String.format(Locale.ROOT, """

                The statements with the most buffers per step at %,d history rows (top 12), beside the same statement at
                %,d:

                | Buffers per step, %,d → %,d rows | Rows per call | Calls per step | Statement |
                |---|---|---|---|
                """, last.historyRows, first.historyRows, first.historyRows, last.historyRows));
        last.byStatement.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[2], a.getValue()[2])).limit(12).forEach(e -> {
                    long[] now = e.getValue();
                    long[] then = first.byStatement.getOrDefault(e.getKey(), new long[3]);
                    String query = last.texts.get(e.getKey()).replace("|", "\\|");
                    out.append(String.format(Locale.ROOT, "| %.1f → %.1f | %.1f | %.2f | `%s` |%n",
                            (double) then[2] / first.steps, (double) now[2] / last.steps,
                            now[0] == 0 ? 0.0 : (double) now[1] / now[0], (double) now[0] / last.steps,
                            cap(query, 160)));
                });
        return out.toString();
    }
}
