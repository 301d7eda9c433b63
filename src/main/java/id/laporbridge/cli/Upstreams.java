package id.laporbridge.cli;

import id.laporbridge.config.BridgeConfig;
import picocli.CommandLine;

import java.util.List;

/** The upstream names that the store's {@code source} and {@code destination} columns hold. */
final class Upstreams {

    static final List<String> NAMES = List.of(BridgeConfig.SP4N, BridgeConfig.LAPOR_BANTUL);

    private Upstreams() {
    }

    /** Rejects a value of {@code option} that names no upstream, as a usage error that lists the valid names. */
    static void requireKnown(CommandLine command, String option, String value) {
        if (value != null && !NAMES.contains(value)) {
            throw new CommandLine.ParameterException(command, "Invalid value for option '" + option + "': '" + value
                    + "' is not an upstream; use one of " + String.join(", ", NAMES) + ".");
        }
    }
}
