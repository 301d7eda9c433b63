package id.laporbridge.report;

import id.laporbridge.report.DuplicateReader.LinkedComplaint;
import id.laporbridge.report.DuplicateReader.LinkedPair;
import id.laporbridge.sla.SlaConfig;
import id.laporbridge.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/** Computes a {@link SopReport} from the store, reading it once per report. */
public final class ReportBuilder {

    private final DataSource dataSource;
    private final SlaConfig config;
    private final Clock clock;

    public ReportBuilder(DataSource dataSource, SlaConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Builds the report of {@code period}, for the whole regency and each OPD, or for one OPD only.
     *
     * @param opdFilter an OPD kode, or null for the whole regency
     * @throws StoreException when the store cannot be read
     */
    public SopReport build(ReportPeriod period, String opdFilter) {
        Instant now = clock.instant();
        StoreSnapshot snapshot = read(period, now);
        List<ComplaintUnit> units = inOpd(snapshot.units(), ComplaintUnit::opdCode, opdFilter);
        List<ClockRow> clocks = inOpd(snapshot.clocks(), ClockRow::opdCode, opdFilter);
        Map<Long, LinkedComplaint> originals = DuplicateTables.earliestOriginals(snapshot.duplicatePairs());
        List<DuplicateFound> duplicates = DuplicateTables.found(units, originals, period);
        Set<Long> duplicateIds = originals.keySet();

        ScopeGroups groups = new ScopeGroups(opdFilter == null);
        ComplaintTables complaints = new ComplaintTables(groups);
        ClockTables clockTables = new ClockTables(groups, config.rules(), config.calendar());
        return new SopReport(period, opdFilter, now, complaints.counts(units, duplicateIds),
                complaints.categories(units), clockTables.steps(clocks), clockTables.nationalRules(clocks),
                clockTables.breaches(clocks), duplicates, ClockTables.months(clocks, period));
    }

    private record StoreSnapshot(List<ComplaintUnit> units, List<ClockRow> clocks, List<LinkedPair> duplicatePairs) {
    }

    private StoreSnapshot read(ReportPeriod period, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return new StoreSnapshot(new ComplaintUnitReader(config::opdCodeOf).read(connection, period),
                    new ClockReader(config::opdCodeOf).read(connection, period, now),
                    new DuplicateReader().read(connection));
        } catch (SQLException e) {
            throw new StoreException("Failed to read the store for the report from=" + period.from() + " to="
                    + period.to(), e);
        }
    }

    private static <T> List<T> inOpd(List<T> rows, Function<T, String> opdOf, String opdFilter) {
        if (opdFilter == null) {
            return rows;
        }
        return rows.stream().filter(row -> Objects.equals(opdFilter, opdOf.apply(row))).toList();
    }
}
