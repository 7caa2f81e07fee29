package org.learningsociety.workflow.events;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox table {@code ls_event_outbox}: events written with the change that raised them, claimed by
 * one node at a time for delivery, marked delivered or failed. Statements run on the library's data
 * source, so that a write inside the change's transaction (the host's transaction manager binds its
 * connection) is part of it, and the dispatcher's own statements outside one commit on their own.
 *
 * <p>Claiming is how two nodes on one database avoid delivering the same row at the same moment: a
 * claim sets the row's {@code claimed_by} to a token of the claiming poll and {@code available_at} to
 * the end of its lease. On PostgreSQL the rows are chosen {@code FOR UPDATE SKIP LOCKED}, so a second
 * node's claim passes over the rows the first is taking; on H2 the claim re-checks the row's lease in
 * the update itself, so a row claimed meanwhile is not taken twice.
 */
public class EventOutbox {

    private static final String COLUMNS = "event_id, event_type, occurred_at, payload, subject_id, external_id,"
            + " unit_code, model, record_year, attempts";

    private static final String PENDING = "delivered_at IS NULL AND failed_at IS NULL AND available_at <= ?";

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final boolean postgresql;

    /** @param databaseId {@code h2} or {@code postgresql}, as the library's mappers name the database */
    public EventOutbox(DataSource dataSource, String databaseId) {
        this(new JdbcTemplate(Objects.requireNonNull(dataSource)), new EventCodec(), "postgresql".equals(databaseId));
    }

    EventOutbox(JdbcTemplate jdbc, EventCodec codec, boolean postgresql) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.postgresql = postgresql;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    boolean postgresql() {
        return postgresql;
    }

    EventCodec codec() {
        return codec;
    }

    /**
     * Writes {@code envelopes} in one batch, held by {@code claimedBy} until {@code availableAt} (or
     * free at once when {@code claimedBy} is null and {@code availableAt} is now).
     */
    void insert(List<Envelope> envelopes, String claimedBy, Instant now, Instant availableAt) {
        OffsetDateTime recorded = at(now);
        OffsetDateTime available = at(availableAt);
        if (postgresql) {
            insertAsArrays(envelopes, claimedBy, recorded, available);
            return;
        }
        jdbc.batchUpdate("INSERT INTO ls_event_outbox (" + COLUMNS + ", recorded_at, claimed_by, available_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Envelope e = envelopes.get(i);
                        ps.setString(1, e.id().toString());
                        ps.setString(2, e.type());
                        ps.setObject(3, at(e.occurredAt()));
                        ps.setString(4, codec.write(e.payload()));
                        setLong(ps, 5, e.subjectId());
                        ps.setString(6, e.externalId());
                        ps.setString(7, e.unitCode());
                        ps.setString(8, e.model());
                        if (e.year() == null) {
                            ps.setNull(9, Types.INTEGER);
                        } else {
                            ps.setInt(9, e.year());
                        }
                        ps.setObject(10, recorded);
                        ps.setString(11, claimedBy);
                        ps.setObject(12, available);
                    }

                    @Override
                    public int getBatchSize() {
                        return envelopes.size();
                    }
                });
    }

    /**
     * PostgreSQL: the envelopes in one statement, each column one array parameter read back as rows in
     * their order (so {@code seq} follows it), a chunk of {@value #ROWS_PER_STATEMENT} rows at a time. The
     * driver rewrites a batch into multi-row {@code INSERT}s of up to 128 rows, each length its own statement
     * text; a village's 333 events went as six statements (docs/benchmarks.md, fifth round).
     */
    private void insertAsArrays(List<Envelope> envelopes, String claimedBy, OffsetDateTime recorded,
            OffsetDateTime available) {
        String sql = "INSERT INTO ls_event_outbox (" + COLUMNS + ", recorded_at, claimed_by, available_at)"
                + " SELECT u.event_id, u.event_type, u.occurred_at, u.payload, u.subject_id, u.external_id,"
                + " u.unit_code, u.model, u.record_year, 0, ?, ?, ? FROM UNNEST(CAST(? AS VARCHAR[]),"
                + " CAST(? AS VARCHAR[]), CAST(? AS TIMESTAMPTZ[]), CAST(? AS VARCHAR[]), CAST(? AS BIGINT[]),"
                + " CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS INTEGER[]))"
                + " WITH ORDINALITY AS u (event_id, event_type, occurred_at, payload, subject_id, external_id,"
                + " unit_code, model, record_year, n) ORDER BY u.n";
        for (int from = 0; from < envelopes.size(); from += ROWS_PER_STATEMENT) {
            List<Envelope> chunk = envelopes.subList(from, Math.min(envelopes.size(), from + ROWS_PER_STATEMENT));
            jdbc.execute((java.sql.Connection connection) -> {
                int n = chunk.size();
                Object[] ids = new Object[n];
                Object[] types = new Object[n];
                Object[] occurred = new Object[n];
                Object[] payloads = new Object[n];
                Object[] subjects = new Object[n];
                Object[] externalIds = new Object[n];
                Object[] units = new Object[n];
                Object[] models = new Object[n];
                Object[] years = new Object[n];
                for (int i = 0; i < n; i++) {
                    Envelope e = chunk.get(i);
                    ids[i] = e.id().toString();
                    types[i] = e.type();
                    occurred[i] = at(e.occurredAt());
                    payloads[i] = codec.write(e.payload());
                    subjects[i] = e.subjectId();
                    externalIds[i] = e.externalId();
                    units[i] = e.unitCode();
                    models[i] = e.model();
                    years[i] = e.year();
                }
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    ps.setObject(1, recorded);
                    ps.setString(2, claimedBy);
                    ps.setObject(3, available);
                    ps.setArray(4, connection.createArrayOf("VARCHAR", ids));
                    ps.setArray(5, connection.createArrayOf("VARCHAR", types));
                    ps.setArray(6, connection.createArrayOf("TIMESTAMPTZ", occurred));
                    ps.setArray(7, connection.createArrayOf("VARCHAR", payloads));
                    ps.setArray(8, connection.createArrayOf("BIGINT", subjects));
                    ps.setArray(9, connection.createArrayOf("VARCHAR", externalIds));
                    ps.setArray(10, connection.createArrayOf("VARCHAR", units));
                    ps.setArray(11, connection.createArrayOf("VARCHAR", models));
                    ps.setArray(12, connection.createArrayOf("INTEGER", years));
                    return ps.executeUpdate();
                }
            });
        }
    }

    /** Rows per statement of {@link #insertAsArrays}. */
    private static final int ROWS_PER_STATEMENT = 1_000;

    /** Deletes the delivered events about {@code subject} (its personal data is being erased). */
    void forgetDelivered(long subject) {
        jdbc.update("DELETE FROM ls_event_outbox WHERE subject_id = ? AND delivered_at IS NOT NULL", subject);
    }

    /**
     * Claims up to {@code limit} pending events whose lease or wait ran out, oldest first, for
     * {@code token} until {@code until}, and returns them in order. A stored event that can no longer be
     * read is recorded as failed and not returned.
     */
    List<Envelope> claim(String token, Instant now, Instant until, int limit) {
        int claimed;
        if (postgresql) {
            claimed = jdbc.update("UPDATE ls_event_outbox SET claimed_by = ?, available_at = ? WHERE event_id IN"
                    + " (SELECT event_id FROM ls_event_outbox WHERE " + PENDING
                    + " ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED)", token, at(until), at(now), limit);
        } else {
            claimed = jdbc.update("UPDATE ls_event_outbox SET claimed_by = ?, available_at = ? WHERE event_id IN"
                    + " (SELECT event_id FROM ls_event_outbox WHERE " + PENDING + " ORDER BY seq LIMIT ?)"
                    + " AND " + PENDING, token, at(until), at(now), limit, at(now));
        }
        if (claimed == 0) {
            return List.of();
        }
        List<Envelope> envelopes = new ArrayList<>(claimed);
        List<String[]> unreadable = new ArrayList<>();
        jdbc.query("SELECT " + COLUMNS + " FROM ls_event_outbox WHERE delivered_at IS NULL AND claimed_by = ?"
                + " ORDER BY seq", rs -> {
                    String id = rs.getString(1);
                    String type = rs.getString(2);
                    try {
                        long subject = rs.getLong(5);
                        Long subjectId = rs.wasNull() ? null : subject;
                        int year = rs.getInt(9);
                        Integer recordYear = rs.wasNull() ? null : year;
                        envelopes.add(new Envelope(UUID.fromString(id), type,
                                rs.getObject(3, OffsetDateTime.class).toInstant(), codec.read(type, rs.getString(4)),
                                subjectId, rs.getString(6), rs.getString(7), rs.getString(8), recordYear,
                                rs.getInt(10)));
                    } catch (RuntimeException e) {
                        unreadable.add(new String[] {id, String.valueOf(e)});
                    }
                }, token);
        for (String[] row : unreadable) {
            jdbc.update("UPDATE ls_event_outbox SET failed_at = ?, last_error = ?, claimed_by = NULL"
                    + " WHERE event_id = ?", at(now), truncate(row[1]), row[0]);
        }
        return envelopes;
    }

    /** Marks delivered every event still held by one of {@code claims}, one statement per claim in a batch. */
    void deliveredClaims(List<String> claims, Instant at) {
        if (claims.isEmpty()) {
            return;
        }
        OffsetDateTime when = at(at);
        jdbc.batchUpdate("UPDATE ls_event_outbox SET delivered_at = ?, attempts = attempts + 1, claimed_by = NULL,"
                        + " last_error = NULL WHERE claimed_by = ? AND delivered_at IS NULL",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setObject(1, when);
                        ps.setString(2, claims.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return claims.size();
                    }
                });
    }

    /** Marks {@code ids} delivered (again, if a node was slower than its lease). */
    void delivered(Collection<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> list = new ArrayList<>(ids);
        OffsetDateTime when = at(at);
        // by the primary key alone: with "AND delivered_at IS NULL" H2 chose the pending index, 1 ms a row
        jdbc.batchUpdate("UPDATE ls_event_outbox SET delivered_at = ?, attempts = attempts + 1, claimed_by = NULL,"
                        + " last_error = NULL WHERE event_id = ?",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setObject(1, when);
                        ps.setString(2, list.get(i).toString());
                    }

                    @Override
                    public int getBatchSize() {
                        return list.size();
                    }
                });
    }

    /**
     * Records a failed delivery of {@code id}: tried again from {@code nextAttempt}, or, when that is
     * null, recorded as failed for good at {@code now}.
     */
    void failed(UUID id, String error, Instant now, Instant nextAttempt) {
        if (nextAttempt == null) {
            jdbc.update("UPDATE ls_event_outbox SET attempts = attempts + 1, last_error = ?, claimed_by = NULL,"
                    + " failed_at = ? WHERE event_id = ? AND delivered_at IS NULL", truncate(error), at(now),
                    id.toString());
        } else {
            jdbc.update("UPDATE ls_event_outbox SET attempts = attempts + 1, last_error = ?, claimed_by = NULL,"
                    + " available_at = ? WHERE event_id = ? AND delivered_at IS NULL", truncate(error),
                    at(nextAttempt), id.toString());
        }
    }

    /** Deletes the events delivered before {@code before}; returns how many. */
    int deleteDeliveredBefore(Instant before) {
        return jdbc.update("DELETE FROM ls_event_outbox WHERE delivered_at < ?", at(before));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }
}
