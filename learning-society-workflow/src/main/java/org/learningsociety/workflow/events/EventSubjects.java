package org.learningsociety.workflow.events;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningsociety.core.commendation.CommendationEvent;
import org.learningsociety.core.registration.RegistrationEvent;
import org.learningsociety.core.report.ReportEvent;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.subject.SubjectEvent;
import org.learningsociety.core.unit.UnitId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Finds what the events of a change are about — the subject, the portal's id for it, the unit's code,
 * the model and the year — with one query per kind of key for the whole batch (the registrations, the
 * commendations, the units), inside the change's transaction, so that its own rows are seen.
 */
final class EventSubjects {

    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;
    private final boolean postgresql;

    EventSubjects(NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this(jdbc, zone, false);
    }

    /**
     * @param postgresql whether the registrations' ids go as one array parameter ({@code = ANY(?)}: one
     *        statement text, prepared once) instead of an {@code IN} list expanded to their number
     */
    EventSubjects(NamedParameterJdbcTemplate jdbc, ZoneId zone, boolean postgresql) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.postgresql = postgresql;
    }

    private record Year(long subject, String externalId, String model, long unit, int year) { }

    List<Envelope> envelopes(List<? extends DomainEvent> events, EventCodec codec) {
        Set<Long> registrations = new HashSet<>();
        Set<Long> commendations = new HashSet<>();
        for (DomainEvent event : events) {
            if (event instanceof RegistrationEvent r) {
                registrations.add(r.registration().value());
            } else if (event instanceof CommendationEvent.CommendationProposed p) {
                registrations.add(p.registration().value());
            } else if (event instanceof CommendationEvent c) {
                commendations.add(c.commendation().value());
            }
        }
        Map<Long, Long> registrationOfCommendation = commendationsToRegistrations(commendations);
        registrations.addAll(registrationOfCommendation.values());
        Map<Long, List<UnitCode>> codes = new HashMap<>();
        Map<Long, Year> years = years(registrations, codes);
        Set<Long> units = new HashSet<>();
        for (DomainEvent event : events) {
            UnitId unit = unitOf(event);
            if (unit != null && !codes.containsKey(unit.value())) {
                units.add(unit.value());
            }
        }
        codes.putAll(unitCodes(units));
        List<Envelope> envelopes = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            String type = codec.typeOf(event);
            UUID id = UUID.randomUUID();
            LocalDate on = LocalDate.ofInstant(event.occurredAt(), zone);
            Year year = null;
            if (event instanceof RegistrationEvent r) {
                year = years.get(r.registration().value());
            } else if (event instanceof CommendationEvent.CommendationProposed p) {
                year = years.get(p.registration().value());
            } else if (event instanceof CommendationEvent c) {
                Long registration = registrationOfCommendation.get(c.commendation().value());
                year = registration == null ? null : years.get(registration);
            }
            if (year != null) {
                envelopes.add(new Envelope(id, type, event.occurredAt(), event, year.subject(), year.externalId(),
                        codeOn(codes, year.unit(), on), year.model(), year.year(), 0));
            } else if (event instanceof SubjectEvent s) {
                String code;
                if (s instanceof SubjectEvent.SubjectAdded added) {
                    code = added.unitCode();
                } else if (s instanceof SubjectEvent.SubjectMoved moved) {
                    code = moved.toCode();
                } else {
                    code = codeOn(codes, ((SubjectEvent.SubjectErased) s).unit().value(), on);
                }
                envelopes.add(new Envelope(id, type, event.occurredAt(), event, s.subject().value(), s.externalId(),
                        code, s.model().name(), null, 0));
            } else if (event instanceof ReportEvent r) {
                UnitId unit = unitOf(r);
                envelopes.add(new Envelope(id, type, event.occurredAt(), event, null, null,
                        unit == null ? null : codeOn(codes, unit.value(), on), null, yearOf(r), 0));
            } else {
                envelopes.add(new Envelope(id, type, event.occurredAt(), event, null, null, null, null, null, 0));
            }
        }
        return envelopes;
    }

    private static UnitId unitOf(DomainEvent event) {
        if (event instanceof ReportEvent.ReportSubmitted e) {
            return e.unit();
        } else if (event instanceof ReportEvent.ReportApproved e) {
            return e.unit();
        } else if (event instanceof ReportEvent.ReportSentBack e) {
            return e.unit();
        } else if (event instanceof ReportEvent.ReportMissed e) {
            return e.unit();
        } else if (event instanceof SubjectEvent.SubjectErased e) {
            return e.unit();
        }
        return null;
    }

    private static Integer yearOf(ReportEvent event) {
        ReportPeriod period = null;
        if (event instanceof ReportEvent.ReportSubmitted e) {
            period = e.period();
        } else if (event instanceof ReportEvent.ReportApproved e) {
            period = e.period();
        } else if (event instanceof ReportEvent.ReportSentBack e) {
            period = e.period();
        } else if (event instanceof ReportEvent.ReportMissed e) {
            period = e.period();
        }
        return period == null ? null : period.toYear();
    }

    private Map<Long, Long> commendationsToRegistrations(Collection<Long> commendations) {
        Map<Long, Long> found = new HashMap<>();
        for (List<Long> chunk : chunks(commendations)) {
            jdbc.query("SELECT id, registration_id FROM ls_commendation WHERE id IN (:ids)",
                    new MapSqlParameterSource("ids", chunk),
                    rs -> {
                        found.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return found;
    }

    private Map<Long, Year> years(Collection<Long> registrations, Map<Long, List<UnitCode>> codes) {
        Map<Long, Year> found = new HashMap<>();
        for (List<Long> chunk : chunks(registrations)) {
            // the unit's versions come along (one row each): no second query for the codes
            String sql = "SELECT r.id, r.subject_id, s.external_id, r.model, r.unit_id, r.record_year,"
                    + " v.valid_from, v.valid_to, v.code FROM ls_registration r"
                    + " JOIN ls_subject s ON s.id = r.subject_id"
                    + " LEFT JOIN ls_unit_version v ON v.unit_id = r.unit_id WHERE r.id ";
            org.springframework.jdbc.core.RowCallbackHandler row = rs -> {
                long unit = rs.getLong(5);
                found.put(rs.getLong(1), new Year(rs.getLong(2), rs.getString(3), rs.getString(4), unit,
                        rs.getInt(6)));
                Date from = rs.getDate(7);
                if (from != null) {
                    Date to = rs.getDate(8);
                    UnitCode version = new UnitCode(from.toLocalDate(), to == null ? null : to.toLocalDate(),
                            rs.getString(9));
                    List<UnitCode> versions = codes.computeIfAbsent(unit, id -> new ArrayList<>());
                    if (!versions.contains(version)) {
                        versions.add(version);
                    }
                }
            };
            if (postgresql) {
                jdbc.getJdbcTemplate().query(connection -> {
                    java.sql.PreparedStatement ps = connection.prepareStatement(sql + "= ANY(?)");
                    ps.setArray(1, connection.createArrayOf("BIGINT", chunk.toArray()));
                    return ps;
                }, row);
            } else {
                jdbc.query(sql + "IN (:ids)", new MapSqlParameterSource("ids", chunk), row);
            }
        }
        return found;
    }

    private record UnitCode(LocalDate validFrom, LocalDate validTo, String code) { }

    private Map<Long, List<UnitCode>> unitCodes(Collection<Long> units) {
        Map<Long, List<UnitCode>> found = new HashMap<>();
        for (List<Long> chunk : chunks(units)) {
            jdbc.query("SELECT unit_id, valid_from, valid_to, code FROM ls_unit_version WHERE unit_id IN (:ids)",
                    new MapSqlParameterSource("ids", chunk),
                    rs -> {
                        Date to = rs.getDate(3);
                        found.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new UnitCode(
                                rs.getDate(2).toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString(4)));
                    });
        }
        return found;
    }

    /** The unit's code on {@code on}, else its latest. */
    private static String codeOn(Map<Long, List<UnitCode>> codes, long unit, LocalDate on) {
        List<UnitCode> versions = codes.get(unit);
        if (versions == null) {
            return null;
        }
        UnitCode latest = null;
        for (UnitCode version : versions) {
            if (!version.validFrom().isAfter(on) && (version.validTo() == null || !version.validTo().isBefore(on))) {
                return version.code();
            }
            if (latest == null || version.validFrom().isAfter(latest.validFrom())) {
                latest = version;
            }
        }
        return latest.code();
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
