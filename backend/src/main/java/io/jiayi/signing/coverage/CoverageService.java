package io.jiayi.signing.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemException;
import io.jiayi.directory.repository.StreetRepository;
import io.jiayi.directory.rest.Refs;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Signing coverage counted exactly at request time: no cache, one query for all centres and
 * streets. A resident counts as signed with an ACTIVE signing ending today or later, and as a
 * key population when, today, they are 65 or older, 0-6 years old, or hold a CONFIRMED tag.
 */
@ApplicationScoped
public class CoverageService {

    /** Age 65 or more today: born on or before today − 65 years. */
    static final int ELDERLY_FROM_AGE = 65;
    /** Age 0-6 today: born after today − 7 years. */
    static final int CHILD_BELOW_AGE = 7;

    /*
     * Streets and community centres are joined one to one (each street has at most one centre,
     * each centre serves at most one street); the full join keeps a street without a centre and
     * a centre without a street. Parameters: 1 today, 2 the latest birth date of age 65, 3 the
     * latest birth date of age 7.
     */
    private static final String COVERAGE = """
            WITH centre AS (
                SELECT id, code, name, street_id FROM institution WHERE type = 'COMMUNITY_CENTRE'
            ),
            signed_person AS (
                SELECT s.centre_id, s.person_id,
                       (p.birth_date <= ?2 OR p.birth_date > ?3
                        OR EXISTS (SELECT 1 FROM key_population_tag t
                                   WHERE t.person_id = p.id AND t.status = 'CONFIRMED')) AS key_population
                FROM signing s
                JOIN person p ON p.id = s.person_id
                WHERE s.status = 'ACTIVE' AND s.ends_on >= ?1
            ),
            per_centre AS (
                SELECT centre_id,
                       count(DISTINCT person_id) AS signed,
                       count(DISTINCT person_id) FILTER (WHERE key_population) AS key_signed
                FROM signed_person
                GROUP BY centre_id
            )
            SELECT c.id AS centre_id, c.code AS centre_code, c.name AS centre_name,
                   st.id AS street_id, st.code AS street_code, st.name AS street_name,
                   sp.census_year AS census_year,
                   coalesce(sp.population, 0) AS population, coalesce(sp.key_population, 0) AS key_population,
                   coalesce(pc.signed, 0) AS signed, coalesce(pc.key_signed, 0) AS key_signed
            FROM centre c
            FULL JOIN street st ON st.id = c.street_id
            LEFT JOIN street_population sp ON sp.street_id = st.id
            LEFT JOIN per_centre pc ON pc.centre_id = c.id
            """;

    private static final String UPSERT_POPULATION = """
            INSERT INTO street_population (street_id, population, key_population, census_year, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (street_id) DO UPDATE SET
                population = EXCLUDED.population,
                key_population = EXCLUDED.key_population,
                census_year = EXCLUDED.census_year,
                updated_at = EXCLUDED.updated_at
            """;

    private final CoverageConfig config;
    private final StreetRepository streets;
    private final Clock clock;

    public CoverageService(CoverageConfig config, StreetRepository streets, Clock clock) {
        this.config = config;
        this.streets = streets;
        this.clock = clock;
    }

    @WithSession
    public Uni<CoverageReport> report() {
        LocalDate today = LocalDate.now(clock);
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(COVERAGE, Object[].class)
                        .setParameter(1, today)
                        .setParameter(2, today.minusYears(ELDERLY_FROM_AGE))
                        .setParameter(3, today.minusYears(CHILD_BELOW_AGE))
                        .getResultList())
                .map(rows -> report(today, rows.stream().map(Row::of).toList()));
    }

    @WithTransaction
    public Uni<StreetPopulation> updateStreetPopulation(UUID streetId, StreetPopulationUpdate update) {
        if (update.keyPopulation().longValue() > update.population().longValue()) {
            return Uni.createFrom().failure(
                    ProblemException.invalidField("keyPopulation", "field.keyPopulation.exceedsPopulation"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return streets.findById(streetId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("street"))
                .flatMap(street -> Panache.getSession()
                        .flatMap(session -> session.createNativeQuery(UPSERT_POPULATION)
                                .setParameter(1, streetId)
                                .setParameter(2, Math.toIntExact(update.population()))
                                .setParameter(3, Math.toIntExact(update.keyPopulation()))
                                .setParameter(4, update.censusYear())
                                .setParameter(5, now)
                                .executeUpdate())
                        .map(ignored -> new StreetPopulation(new Refs.StreetRef(street.id.toString(), street.code, street.name),
                                update.population(), update.keyPopulation(), update.censusYear(), now)));
    }

    private CoverageReport report(LocalDate today, List<Row> rows) {
        Targets targets = new Targets(config.signingTarget(), config.keyPopulationTarget());
        List<CentreCoverage> centres = rows.stream().filter(row -> row.centre() != null)
                .sorted(Comparator.comparing(row -> row.centre().code()))
                .map(row -> new CentreCoverage(row.centre(), row.street(), row.figures(targets)))
                .toList();
        List<StreetCoverage> streetFigures = rows.stream().filter(row -> row.street() != null)
                .sorted(Comparator.comparing(row -> row.street().code()))
                .map(row -> new StreetCoverage(row.street(), row.centre(), row.censusYear(), row.figures(targets)))
                .toList();
        // Every street and every centre is in exactly one row, so the sums count nothing twice.
        Figures district = Figures.of(
                rows.stream().mapToLong(Row::population).sum(),
                rows.stream().mapToLong(Row::signed).sum(),
                rows.stream().mapToLong(Row::keyPopulation).sum(),
                rows.stream().mapToLong(Row::keyPopulationSigned).sum(),
                targets);
        return new CoverageReport(today, targets, district, centres, streetFigures);
    }

    /** One street and the centre serving it; either may be absent. */
    private record Row(Refs.InstitutionRef centre, Refs.StreetRef street, Integer censusYear, long population,
            long keyPopulation, long signed, long keyPopulationSigned) {

        static Row of(Object[] columns) {
            Refs.InstitutionRef centre = columns[0] == null ? null
                    : new Refs.InstitutionRef(columns[0].toString(), (String) columns[1], (String) columns[2]);
            Refs.StreetRef street = columns[3] == null ? null
                    : new Refs.StreetRef(columns[3].toString(), (String) columns[4], (String) columns[5]);
            return new Row(centre, street, columns[6] == null ? null : ((Number) columns[6]).intValue(),
                    number(columns[7]), number(columns[8]), number(columns[9]), number(columns[10]));
        }

        Figures figures(Targets targets) {
            return Figures.of(population, signed, keyPopulation, keyPopulationSigned, targets);
        }

        private static long number(Object column) {
            return ((Number) column).longValue();
        }
    }
}
