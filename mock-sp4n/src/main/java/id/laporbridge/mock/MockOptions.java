package id.laporbridge.mock;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings for {@link MockUpstreams}, set with fluent setters that return this object.
 * Each setter has a getter of the same name without an argument.
 */
public final class MockOptions {

    private int port = 0;
    private Set<String> sp4nKeytokens = Set.of("demo-keytoken");
    private Map<String, String> laporBantulClients = Map.of("demo-client", "demo-secret");
    private long tokenLifetimeSeconds = 3600;
    private Clock clock = Clock.systemUTC();
    private ZoneId sp4nZone = ZoneId.of("Asia/Jakarta");
    private int maxSp4nLimit = 100;

    /** Returns options with every default in place. */
    public static MockOptions defaults() {
        return new MockOptions();
    }

    /** Sets the TCP port on 127.0.0.1; 0 picks a free port. */
    public MockOptions port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        this.port = port;
        return this;
    }

    public int port() {
        return port;
    }

    /** Sets the KEYTOKEN values that SP4N calls may send. */
    public MockOptions sp4nKeytokens(Set<String> keytokens) {
        this.sp4nKeytokens = Set.copyOf(keytokens);
        return this;
    }

    public Set<String> sp4nKeytokens() {
        return sp4nKeytokens;
    }

    /** Sets the Lapor Bantul clients as a map from client_id to client_secret. */
    public MockOptions laporBantulClients(Map<String, String> clients) {
        this.laporBantulClients = Map.copyOf(clients);
        return this;
    }

    public Map<String, String> laporBantulClients() {
        return laporBantulClients;
    }

    /** Sets how long a Lapor Bantul access token stays valid, in seconds of the mock clock. */
    public MockOptions tokenLifetimeSeconds(long seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("tokenLifetimeSeconds must be at least 1, got " + seconds);
        }
        this.tokenLifetimeSeconds = seconds;
        return this;
    }

    public long tokenLifetimeSeconds() {
        return tokenLifetimeSeconds;
    }

    /** Sets the clock behind every time the mock writes and every token expiry. */
    public MockOptions clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public Clock clock() {
        return clock;
    }

    /** Sets the zone of SP4N's offset-less times (WIB, UTC+7, by default). */
    public MockOptions sp4nZone(ZoneId zone) {
        this.sp4nZone = Objects.requireNonNull(zone, "sp4nZone");
        return this;
    }

    public ZoneId sp4nZone() {
        return sp4nZone;
    }

    /** Sets the largest {@code limit} that getcomplaints serves; a larger one is clamped to it. */
    public MockOptions maxSp4nLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxSp4nLimit must be at least 1, got " + limit);
        }
        this.maxSp4nLimit = limit;
        return this;
    }

    public int maxSp4nLimit() {
        return maxSp4nLimit;
    }
}
