package id.laporbridge.config;

import id.laporbridge.support.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @TempDir
    Path copy;

    @Test
    void shippedConfigurationLoads() {
        BridgeConfig config = new ConfigLoader().load(Path.of("config"));
        assertThat(config.opdMap().institutionIds()).isNotEmpty();
        assertThat(config.statusMap().stageOf("sp4n", "SELESAI")).contains("closed");
        assertThat(config.laporBantul().answerKinds()).containsExactly("sementara", "akhir");
    }

    @Test
    void everyProblemIsReportedWithFileAndKey() throws IOException {
        copyConfig();
        Files.writeString(copy.resolve("status-map.yaml"), "sp4n:\n  SELESAI: finished\n");
        Files.writeString(copy.resolve("opd-map.yaml"), "institutions: {}\n");
        assertThatThrownBy(() -> new ConfigLoader().load(copy))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("status-map.yaml: key sp4n.SELESAI names unknown stage 'finished'")
                .hasMessageContaining("status-map.yaml: key lapor-bantul is missing")
                .hasMessageContaining("opd-map.yaml: key institutions is missing or empty");
    }

    @Test
    void unknownProfileKeyIsRejected() throws IOException {
        copyConfig();
        Path sp4n = copy.resolve("upstreams/sp4n.yaml");
        Files.writeString(sp4n, Files.readString(sp4n) + "page-sise: 100\n");
        assertThatThrownBy(() -> new ConfigLoader().load(copy))
                .hasMessageContaining("sp4n.yaml")
                .hasMessageContaining("page-sise");
    }

    @Test
    void documentedStatusWithoutStageIsReported() throws IOException {
        copyConfig();
        Path statusMap = copy.resolve("status-map.yaml");
        Files.writeString(statusMap, Files.readString(statusMap).replace("  DITUNDA: on_hold\n", "")
                .replace("  selesai: closed\n", "  selesai: closed\n  dibatalkan: closed\n"));
        assertThatThrownBy(() -> new ConfigLoader().load(copy))
                .hasMessageContaining("status-map.yaml: key sp4n.DITUNDA is missing")
                .hasMessageContaining("status-map.yaml: key lapor-bantul.dibatalkan is not a status listed under "
                        + "statuses in upstreams/lapor-bantul.yaml");
    }

    @Test
    void ignoredStatusIsReadWithoutStage() throws IOException {
        copyConfig();
        Path statusMap = copy.resolve("status-map.yaml");
        Files.writeString(statusMap, Files.readString(statusMap).replace("  DITUNDA: on_hold\n", ""));
        Path sync = copy.resolve("status-sync.yaml");
        Files.writeString(sync, Files.readString(sync).replace("  sp4n: []", "  sp4n: [DITUNDA]"));
        BridgeConfig config = new ConfigLoader().load(copy);
        assertThat(config.statusMap().stageOf("sp4n", "DITUNDA")).contains(StatusMap.IGNORED);
        assertThat(config.statusMap().stageOf("sp4n", "DITOLAK")).isEmpty();
    }

    @Test
    void writtenStageWithoutTargetIsReported() throws IOException {
        copyConfig();
        Path sync = copy.resolve("status-sync.yaml");
        Files.writeString(sync, Files.readString(sync).replace("    closed: selesai\n", "")
                .replace("not_authority: ditolak", "not_authority: ditutup"));
        assertThatThrownBy(() -> new ConfigLoader().load(copy))
                .hasMessageContaining("status-sync.yaml: key to-lapor-bantul.statuses.closed is missing")
                .hasMessageContaining("key to-lapor-bantul.statuses.not_authority names 'ditutup', which is not "
                        + "a status listed under statuses in upstreams/lapor-bantul.yaml");
    }

    private void copyConfig() throws IOException {
        ProjectFiles.copyTree(Path.of("config"), copy);
    }
}
