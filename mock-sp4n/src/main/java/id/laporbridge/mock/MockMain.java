package id.laporbridge.mock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the mock upstreams as a standalone process until it is interrupted (Ctrl-C). */
@Command(name = "mock", mixinStandardHelpOptions = true,
        description = "Serves mock SP4N-LAPOR! and Lapor Bantul APIs on 127.0.0.1 for tests and demos.")
public final class MockMain implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8089",
            description = "TCP port on 127.0.0.1; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed", paramLabel = "FILE", description = "JSON seed file to load at start.")
    Path seed;

    @Option(names = "--keytoken", defaultValue = "demo-keytoken",
            description = "KEYTOKEN that SP4N calls must send (default: ${DEFAULT-VALUE}).")
    String keytoken;

    @Option(names = "--client-id", defaultValue = "demo-client",
            description = "Lapor Bantul client_id (default: ${DEFAULT-VALUE}).")
    String clientId;

    @Option(names = "--client-secret", defaultValue = "demo-secret",
            description = "Lapor Bantul client_secret (default: ${DEFAULT-VALUE}).")
    String clientSecret;

    @Option(names = "--token-lifetime-seconds", defaultValue = "3600",
            description = "Lifetime of a Lapor Bantul access token in seconds (default: ${DEFAULT-VALUE}).")
    long tokenLifetimeSeconds;

    @Option(names = "--fault", paramLabel = "PATH=KIND",
            description = "Fault to inject, repeatable: PATH=KIND[:ARG][,applied][,times=N|all]; KIND is one of "
                    + FaultSpec.KINDS + ". applied carries the call out before failing; times defaults to 1.")
    List<String> faults = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new MockMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        MockOptions options = MockOptions.defaults()
                .port(port)
                .sp4nKeytokens(Set.of(keytoken))
                .laporBantulClients(Map.of(clientId, clientSecret))
                .tokenLifetimeSeconds(tokenLifetimeSeconds);
        MockUpstreams mock = MockUpstreams.start(options);
        try {
            if (seed != null) {
                mock.seed(seed);
            }
            for (String fault : faults) {
                FaultSpec spec = FaultSpec.parse(fault);
                mock.inject(spec.path(), spec.fault(), spec.times());
            }
        } catch (RuntimeException e) {
            mock.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mock.close();
            stopped.countDown();
        }, "mock-upstreams-shutdown"));
        System.out.println("Mock upstreams listening on " + mock.baseUrl());
        stopped.await();
        return 0;
    }
}
