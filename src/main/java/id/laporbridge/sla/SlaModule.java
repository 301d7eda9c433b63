package id.laporbridge.sla;

import id.laporbridge.sla.clock.ClockEngine;
import id.laporbridge.sla.digest.SlaDigest;
import id.laporbridge.sla.store.ClockRecomputer;
import id.laporbridge.sla.store.ClockStore;
import id.laporbridge.sla.store.TimelineReader;
import id.laporbridge.store.BackgroundYield;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Builds the SLA beans from the configuration folder. The bridge binds {@link #beans()} in the Camel registry,
 * under the names the routes {@code sla-check}, {@code sla-holiday-coverage} and {@code sla-digest} refer to.
 */
public final class SlaModule {

    /** Bean name of {@link SlaCheck}; the route calls its method {@code run}. */
    public static final String SLA_CHECK_BEAN = "slaCheck";
    /** Bean name of {@link HolidayCoverageCheck}; the route calls its method {@code check}. */
    public static final String HOLIDAY_COVERAGE_BEAN = "slaHolidayCoverage";
    /** Bean name of {@link SlaDigest}; the route {@code sla-digest} calls its method {@code write}. */
    public static final String DIGEST_BEAN = "slaDigest";

    private final SlaConfig config;
    private final SlaCheck slaCheck;
    private final HolidayCoverageCheck holidayCoverage;
    private final SlaDigest digest;

    private SlaModule(SlaConfig config, SlaCheck slaCheck, HolidayCoverageCheck holidayCoverage, SlaDigest digest) {
        this.config = config;
        this.slaCheck = slaCheck;
        this.holidayCoverage = holidayCoverage;
        this.digest = digest;
    }

    /**
     * Loads and validates the SLA configuration in {@code configDir}, builds the beans and runs the holiday coverage
     * check once, so a missing year is reported at start.
     *
     * @throws id.laporbridge.config.ConfigException listing every configuration problem
     */
    public static SlaModule create(DataSource dataSource, Path configDir, Clock clock) {
        return create(dataSource, configDir, BackgroundYield.never(), clock);
    }

    /** As {@link #create(DataSource, Path, Clock)}, with the SLA check giving way to a busy sync by {@code yield}. */
    public static SlaModule create(DataSource dataSource, Path configDir, BackgroundYield yield, Clock clock) {
        SlaConfig config = SlaConfig.load(configDir);
        ClockRecomputer recomputer = new ClockRecomputer(new TimelineReader(config::opdCodeOf),
                new ClockEngine(config.rules(), config.calendar()), new ClockStore());
        SlaCheck check = new SlaCheck(dataSource, config, recomputer, new ClockStore(), yield, clock);
        HolidayCoverageCheck coverage = new HolidayCoverageCheck(config.calendar(), clock);
        coverage.check();
        return new SlaModule(config, check, coverage, new SlaDigest(dataSource, config.calendar(), clock));
    }

    /** Returns the beans to bind, by name. */
    public Map<String, Object> beans() {
        return Map.of(SLA_CHECK_BEAN, slaCheck, HOLIDAY_COVERAGE_BEAN, holidayCoverage, DIGEST_BEAN, digest);
    }

    public SlaCheck slaCheck() {
        return slaCheck;
    }

    public HolidayCoverageCheck holidayCoverage() {
        return holidayCoverage;
    }

    public SlaDigest digest() {
        return digest;
    }

    public SlaConfig config() {
        return config;
    }
}
