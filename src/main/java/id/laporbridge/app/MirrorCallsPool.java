package id.laporbridge.app;

import org.apache.camel.spi.ThreadPoolProfile;

import java.util.Map;

/**
 * The thread pool the mirror flow's split names {@value #ID}: {@code bridge.outbox.mirror-parallel-calls} threads.
 * Camel creates and stops it from a thread pool profile, registered through Camel Main's properties in the bridge
 * and directly in the contexts that only check the route files.
 */
final class MirrorCallsPool {

    static final String ID = "mirrorCalls";
    static final String SETTING = "bridge.outbox.mirror-parallel-calls";

    private MirrorCallsPool() {
    }

    /** Returns the Camel Main properties that define the profile with {@code size} threads. */
    static Map<String, String> mainProperties(String size) {
        return Map.of("camel.threadpool.config[" + ID + "].pool-size", size,
                "camel.threadpool.config[" + ID + "].max-pool-size", size);
    }

    /** Returns the profile with {@code size} threads, for a context started without Camel Main. */
    static ThreadPoolProfile profile(String size) {
        int threads = Integer.parseInt(size);
        ThreadPoolProfile profile = new ThreadPoolProfile(ID);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        return profile;
    }
}
