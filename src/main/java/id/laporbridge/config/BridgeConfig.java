package id.laporbridge.config;

import java.nio.file.Path;

/**
 * The bridge's file-based configuration: upstream layouts, status map, OPD map and the rules for writing status
 * changes across, read from one folder.
 */
public record BridgeConfig(Path folder, UpstreamProfile sp4n, UpstreamProfile laporBantul, StatusMap statusMap,
                           OpdMap opdMap, StatusSync statusSync) {

    public static final String SP4N = "sp4n";
    public static final String LAPOR_BANTUL = "lapor-bantul";

    public UpstreamProfile profile(String source) {
        return switch (source) {
            case SP4N -> sp4n;
            case LAPOR_BANTUL -> laporBantul;
            default -> throw new IllegalArgumentException("unknown source: " + source);
        };
    }
}
