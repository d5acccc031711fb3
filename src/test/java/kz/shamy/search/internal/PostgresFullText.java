package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The comparison: PostgreSQL full-text search over the same reports, as a team would set it up without Lucene.
 * One table, a stored generated {@code tsvector} built with the report language's configuration ({@code russian},
 * {@code english}, {@code simple} for Kazakh, which PostgreSQL has no stemmer for), one GIN index; queries through
 * {@code websearch_to_tsquery} in the three configurations, ranked by {@code ts_rank}, the same visibility rule and
 * facet filters as WHERE clauses, LIMIT 10. Loopback only.
 */
final class PostgresFullText implements AutoCloseable {

    private static final String QUERY = "(websearch_to_tsquery('english', ?) || websearch_to_tsquery('russian', ?)"
            + " || websearch_to_tsquery('simple', ?))";

    private final EmbeddedPostgres pg;
    private final String url;

    PostgresFullText() throws IOException {
        this.pg = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("effective_cache_size", "8GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "1GB")
                .setServerConfig("max_connections", "50")
                .setServerConfig("synchronous_commit", "off")
                .start();
        this.url = pg.getJdbcUrl("postgres", "postgres");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Loads the reports with COPY, then builds the GIN index; the milliseconds it took. */
    long load(List<SearchDocument> reports) throws SQLException, IOException {
        long start = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    create table reports (
                      id bigint primary key, title text, author text, school text, region text, subject text,
                      year text, language text, cfg regconfig not null, summary text, body text, keywords text,
                      published boolean not null, readers text[] not null, updated bigint not null,
                      tsv tsvector generated always as (to_tsvector(cfg, coalesce(title, '') || ' ' ||
                        coalesce(summary, '') || ' ' || coalesce(keywords, '') || ' ' || coalesce(body, ''))) stored)""");
            PGConnection pgc = c.unwrap(PGConnection.class);
            int batch = 5_000;
            for (int from = 0; from < reports.size(); from += batch) {
                StringBuilder rows = new StringBuilder();
                for (SearchDocument d : reports.subList(from, Math.min(reports.size(), from + batch))) {
                    row(rows, d);
                }
                pgc.getCopyAPI().copyIn("copy reports (id, title, author, school, region, subject, year, language,"
                        + " cfg, summary, body, keywords, published, readers, updated) from stdin",
                        new StringReader(rows.toString()));
            }
            s.execute("create index reports_tsv on reports using gin (tsv)");
            s.execute("vacuum analyze reports");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Table (with TOAST) and its indexes, in bytes: {table, indexes}. */
    long[] sizes() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select pg_table_size('reports'), pg_indexes_size('reports')")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    /** One client's prepared searches on its own connection. */
    final class Client implements AutoCloseable {
        private final Connection connection;

        Client() throws SQLException {
            this.connection = connect();
        }

        /** Runs the search; the number of rows (at most 10). */
        int search(BenchmarkQueries.Spec spec, String username) throws SQLException {
            StringBuilder sql = new StringBuilder(spec.newest()
                    ? "select id, title from reports, (select " + QUERY + " q) t where tsv @@ q"
                    : "select id, title, ts_rank(tsv, q) r from reports, (select " + QUERY + " q) t where tsv @@ q");
            sql.append(" and (published or readers @> array[?]::text[])");
            if (spec.region() != null) {
                sql.append(" and region = ?");
            }
            if (spec.subject() != null) {
                sql.append(" and subject = ?");
            }
            if (spec.year() != null) {
                sql.append(" and year = ?");
            }
            sql.append(spec.newest() ? " order by updated desc limit 10" : " order by r desc limit 10");
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setString(i++, spec.q());
                ps.setString(i++, spec.q());
                ps.setString(i++, spec.q());
                ps.setString(i++, username);
                for (String value : new String[] {spec.region(), spec.subject(), spec.year()}) {
                    if (value != null) {
                        ps.setString(i++, value);
                    }
                }
                int rows = 0;
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        rows++;
                    }
                }
                return rows;
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private static void row(StringBuilder out, SearchDocument d) {
        String cfg = switch (d.language()) {
            case "ru" -> "russian";
            case "en" -> "english";
            default -> "simple";
        };
        out.append(d.reportId()).append('\t');
        for (String value : new String[] {d.title(), d.author(), d.school(), d.region(), d.subject(), d.year(),
            d.language(), cfg, d.summary(), d.body(), String.join(", ", d.keywords())}) {
            escape(out, value);
            out.append('\t');
        }
        out.append(d.published() ? 't' : 'f').append('\t');
        out.append('{').append(String.join(",", d.readers())).append('}').append('\t');
        out.append(d.updatedAt()).append('\n');
    }

    private static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
