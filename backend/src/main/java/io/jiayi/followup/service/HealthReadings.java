package io.jiayi.followup.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.audit.AuditLog;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.followup.AlertLevel;
import io.jiayi.followup.GlucoseTiming;
import io.jiayi.followup.MeasurementKind;
import io.jiayi.followup.MeasurementSource;
import io.jiayi.followup.Reading;
import io.jiayi.followup.rest.FollowUpModels.AlertRef;
import io.jiayi.followup.rest.FollowUpModels.MeasurementRequest;
import io.jiayi.followup.rest.FollowUpModels.MeasurementView;
import io.jiayi.followup.rest.FollowUpModels.ReadingView;
import io.jiayi.followup.rest.FollowUpModels.StationMeasurement;
import io.jiayi.followup.rest.FollowUpModels.TimelineEntry;
import io.jiayi.identity.access.PatientAccess;
import io.jiayi.identity.realname.RealNames;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Health readings: what follow-up answers and self-measurements recorded, on one timeline per
 * person, each recording checked by the alert rules. Reads are audited in their transaction.
 */
@ApplicationScoped
public class HealthReadings {

    /** Audit resource types of reads. */
    static final String TIMELINE = "FOLLOW_UP_READINGS";
    static final String MEASUREMENT = "SELF_MEASUREMENT";

    private final FollowUpAlerts alerts;
    private final PatientAccess patientAccess;
    private final CareTeam careTeam;
    private final RealNames realNames;
    private final AuditLog auditLog;
    private final Clock clock;

    public HealthReadings(FollowUpAlerts alerts, PatientAccess patientAccess, CareTeam careTeam, RealNames realNames,
            AuditLog auditLog, Clock clock) {
        this.alerts = alerts;
        this.patientAccess = patientAccess;
        this.careTeam = careTeam;
        this.realNames = realNames;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One recording to keep. */
    record Recording(UUID personId, OffsetDateTime measuredAt, String origin, String source, MeasurementKind kind,
            UUID followUpId, Map<Reading, BigDecimal> readings, UUID recordedBy, String recordedByRole) {
    }

    /** Keeps a recording and raises an alert when its readings call for one; inside a transaction. */
    Uni<Recorded> record(Recording recording) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> {
            Uni<Integer> chain = session.createNativeQuery("""
                    INSERT INTO health_reading_event (id, person_id, measured_at, recorded_at, origin, source, kind,
                                                      follow_up_id, recorded_by, recorded_by_role)
                    VALUES (:id, :person, :measured, :now, :origin, :source, :kind, :followUp, :by, :role)""")
                    .setParameter("id", id).setParameter("person", recording.personId())
                    .setParameter("measured", recording.measuredAt()).setParameter("now", now)
                    .setParameter("origin", recording.origin()).setParameter("source", recording.source())
                    .setParameter("kind", recording.kind() == null ? null : recording.kind().name())
                    .setParameter("followUp", recording.followUpId()).setParameter("by", recording.recordedBy())
                    .setParameter("role", recording.recordedByRole()).executeUpdate();
            for (var reading : recording.readings().entrySet()) {
                chain = chain.flatMap(ignored -> session.createNativeQuery("""
                        INSERT INTO health_reading (event_id, reading, value, unit) VALUES (:event, :reading, :value, :unit)""")
                        .setParameter("event", id).setParameter("reading", reading.getKey().name())
                        .setParameter("value", reading.getValue()).setParameter("unit", reading.getKey().unit())
                        .executeUpdate());
            }
            return chain;
        }).flatMap(done -> alerts.raise(recording.personId(), id, recording.readings()))
                .map(alert -> new Recorded(id, now, alert));
    }

    record Recorded(UUID id, OffsetDateTime recordedAt, AlertRef alert) {
    }

    /** A resident posts a measurement for themself or a member. */
    @WithTransaction
    public Uni<MeasurementView> measure(Caller caller, UUID personId, MeasurementRequest request) {
        Map<Reading, BigDecimal> readings = readings(request, "");
        return patientAccess.actFor(caller.accountId(), personId)
                .flatMap(acting -> keep(caller, personId, request, readings, "RESIDENT"));
    }

    /** Staff of a health station post a measurement for a resident known by ID number. */
    @WithTransaction
    public Uni<MeasurementView> measureAtStation(Caller caller, StationMeasurement request) {
        Map<Reading, BigDecimal> readings = readings(request.measurement(), "measurement.");
        var idNumber = realNames.parse(request.idNumber(), "idNumber");
        return realNames.find(idNumber).onItem().ifNull().failWith(() -> ProblemException.notFound("patient"))
                .flatMap(person -> keep(caller, person.id, request.measurement(), readings,
                        caller.roleName()));
    }

    private Uni<MeasurementView> keep(Caller caller, UUID personId, MeasurementRequest request,
            Map<Reading, BigDecimal> readings, String role) {
        return record(new Recording(personId, request.measuredAt(), "SELF_MEASUREMENT", request.source().name(),
                request.kind(), null, readings, caller.accountId(), role))
                .map(recorded -> new MeasurementView(recorded.id().toString(), personId.toString(), request.kind(),
                        request.source(), request.measuredAt(), recorded.recordedAt(), views(readings),
                        recorded.alert()));
    }

    /** One self-measurement, for the resident or a manager of the member; audited. */
    @WithTransaction
    public Uni<MeasurementView> measurement(Caller caller, UUID personId, UUID id, AuditLog.Origin origin) {
        return patientAccess.actFor(caller.accountId(), personId)
                .flatMap(acting -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT e.id, e.kind, e.source, e.measured_at, e.recorded_at,
                               (SELECT a.id FROM follow_up_alert a WHERE a.event_id = e.id),
                               (SELECT a.level FROM follow_up_alert a WHERE a.event_id = e.id)
                        FROM health_reading_event e
                        WHERE e.id = :id AND e.person_id = :person AND e.origin = 'SELF_MEASUREMENT'""", Object[].class)
                        .setParameter("id", id).setParameter("person", personId).getSingleResultOrNull()))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("measurement"))
                .flatMap(row -> readingsOf(List.of(id)).map(readings -> new MeasurementView(id.toString(),
                        personId.toString(), MeasurementKind.valueOf((String) row[1]),
                        MeasurementSource.valueOf((String) row[2]), SqlValues.offsetDateTime(row[3]), SqlValues.offsetDateTime(row[4]),
                        readings.getOrDefault(id, List.of()), row[5] == null ? null
                                : new AlertRef(SqlValues.text(row[5]), AlertLevel.valueOf((String) row[6])))))
                .call(view -> auditLog.read(caller, personId, MEASUREMENT, id, origin));
    }

    /** The timeline as the resident (or a manager of the member) sees it; audited. */
    @WithTransaction
    public Uni<PageResponse<TimelineEntry>> timelineForResident(Caller caller, UUID personId, LocalDate from,
            LocalDate to, PageRequest page, AuditLog.Origin origin) {
        return patientAccess.actFor(caller.accountId(), personId)
                .flatMap(acting -> timeline(caller, personId, from, to, page, origin));
    }

    /** The timeline as the resident's family doctor sees it; audited. */
    @WithTransaction
    public Uni<PageResponse<TimelineEntry>> timelineForDoctor(Caller caller, UUID personId, LocalDate from,
            LocalDate to, PageRequest page, AuditLog.Origin origin) {
        return careTeam.requireFamilyDoctor(caller, personId, "patient")
                .flatMap(signing -> timeline(caller, personId, from, to, page, origin));
    }

    private Uni<PageResponse<TimelineEntry>> timeline(Caller caller, UUID personId, LocalDate from, LocalDate to,
            PageRequest page, AuditLog.Origin origin) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "field.to.beforeFrom");
        }
        OffsetDateTime since = from == null ? null : from.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime until = to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        String where = " " + """
                 WHERE e.person_id = :person AND (CAST(:since AS timestamptz) IS NULL OR e.measured_at >= :since)
                  AND (CAST(:until AS timestamptz) IS NULL OR e.measured_at < :until)""";
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT e.id, e.measured_at, e.origin, e.source, e.follow_up_id,
                       (SELECT a.level FROM follow_up_alert a WHERE a.event_id = e.id)
                FROM health_reading_event e""" + where + " ORDER BY e.measured_at DESC, e.id LIMIT :limit OFFSET :offset",
                Object[].class)
                .setParameter("person", personId).setParameter("since", since).setParameter("until", until)
                .setParameter("limit", page.size()).setParameter("offset", page.page() * page.size()).getResultList()
                .flatMap(rows -> session.createNativeQuery("SELECT count(*) FROM health_reading_event e" + where,
                        Long.class).setParameter("person", personId).setParameter("since", since)
                        .setParameter("until", until).getSingleResult()
                        .flatMap(total -> readingsOf(rows.stream().map(r -> SqlValues.uuid(r[0])).toList())
                                .map(readings -> PageResponse.of(rows, page, total, row -> new TimelineEntry(
                                        SqlValues.text(row[0]), SqlValues.offsetDateTime(row[1]), (String) row[2], (String) row[3],
                                        SqlValues.text(row[4]), readings.getOrDefault(SqlValues.uuid(row[0]), List.of()),
                                        row[5] == null ? null : AlertLevel.valueOf((String) row[5])))))))
                .call(entries -> auditLog.read(caller, personId, TIMELINE, null, origin));
    }

    private Uni<Map<UUID, List<ReadingView>>> readingsOf(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT event_id, reading, value, unit FROM health_reading WHERE event_id IN (:ids)", Object[].class)
                .setParameter("ids", eventIds).getResultList())
                .map(rows -> {
                    Map<UUID, List<ReadingView>> byEvent = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        byEvent.computeIfAbsent(SqlValues.uuid(row[0]), k -> new ArrayList<>()).add(new ReadingView(
                                Reading.valueOf((String) row[1]), SqlValues.decimal(row[2]), (String) row[3]));
                    }
                    byEvent.values().forEach(list -> list.sort((a, b) -> a.reading().compareTo(b.reading())));
                    return byEvent;
                });
    }

    /** The readings of a measurement: exactly the values its kind takes, measured no later than now. */
    Map<Reading, BigDecimal> readings(MeasurementRequest request, String prefix) {
        if (request.measuredAt().isAfter(OffsetDateTime.now(clock))) {
            throw ProblemException.invalidField(prefix + "measuredAt", "field.measuredAt.future");
        }
        Map<Reading, BigDecimal> readings = new EnumMap<>(Reading.class);
        boolean pressure = request.kind() == MeasurementKind.BLOOD_PRESSURE;
        boolean glucose = request.kind() == MeasurementKind.GLUCOSE;
        boolean weight = request.kind() == MeasurementKind.WEIGHT;
        List<ProblemException.FieldProblem> problems = new ArrayList<>();
        expect(pressure, request.systolicMmhg(), prefix + "systolicMmhg", problems, true);
        expect(pressure, request.diastolicMmhg(), prefix + "diastolicMmhg", problems, true);
        expect(pressure, request.pulse(), prefix + "pulse", problems, false);
        expect(glucose, request.glucoseMmol(), prefix + "glucoseMmol", problems, true);
        expect(glucose, request.glucoseTiming(), prefix + "glucoseTiming", problems, true);
        expect(weight, request.weightKg(), prefix + "weightKg", problems, true);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(ProblemCode.VALIDATION_FAILED, problems);
        }
        if (pressure) {
            readings.put(Reading.SYSTOLIC, BigDecimal.valueOf(request.systolicMmhg()));
            readings.put(Reading.DIASTOLIC, BigDecimal.valueOf(request.diastolicMmhg()));
            if (request.pulse() != null) {
                readings.put(Reading.PULSE, BigDecimal.valueOf(request.pulse()));
            }
        } else if (glucose) {
            readings.put(request.glucoseTiming() == GlucoseTiming.FASTING ? Reading.FASTING_GLUCOSE
                    : Reading.RANDOM_GLUCOSE, SqlValues.decimal(request.glucoseMmol()));
        } else {
            readings.put(Reading.WEIGHT, SqlValues.decimal(request.weightKg()));
        }
        return readings;
    }

    private static void expect(boolean belongs, Object value, String field, List<ProblemException.FieldProblem> problems,
            boolean required) {
        if (belongs && required && value == null) {
            problems.add(new ProblemException.FieldProblem(field, "field.measurement.required"));
        } else if (!belongs && value != null) {
            problems.add(new ProblemException.FieldProblem(field, "field.measurement.notOfKind"));
        }
    }

    private static List<ReadingView> views(Map<Reading, BigDecimal> readings) {
        return readings.entrySet().stream()
                .map(e -> new ReadingView(e.getKey(), SqlValues.decimal(e.getValue()), e.getKey().unit())).toList();
    }
}
