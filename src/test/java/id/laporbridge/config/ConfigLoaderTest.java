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

    private void copyConfig() throws IOException {
        ProjectFiles.copyTree(Path.of("config"), copy);
    }
}
