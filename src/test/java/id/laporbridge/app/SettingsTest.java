package id.laporbridge.app;

import id.laporbridge.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void environmentOverridesFile() throws Exception {
        Path file = Files.writeString(folder.resolve("lapor-bridge.properties"), "bridge.sp4n.page-size=50\n");
        Settings settings = Settings.load(file, null, Map.of("BRIDGE_SP4N_PAGE_SIZE", "20"), Map.of());
        assertThat(settings.integer("bridge.sp4n.page-size")).isEqualTo(20);
    }

    @Test
    void envFileSuppliesSecretsAndIsMasked() throws Exception {
        Path file = Files.writeString(folder.resolve("lapor-bridge.properties"), "");
        Path env = Files.writeString(folder.resolve("bridge.env"), "# secrets\nBRIDGE_SP4N_KEYTOKEN=\"k-123\"\n");
        Settings settings = Settings.load(file, env, Map.of(), Map.of());
        assertThat(settings.text("bridge.sp4n.keytoken")).isEqualTo("k-123");
        assertThat(settings.masked()).containsEntry("bridge.sp4n.keytoken", "****");
        assertThat(settings.masked().toString()).doesNotContain("k-123");
    }

    @Test
    void secretInPropertiesFileIsRejected() throws Exception {
        Path file = Files.writeString(folder.resolve("lapor-bridge.properties"), "bridge.sp4n.keytoken=abc\n");
        assertThatThrownBy(() -> Settings.load(file, null, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bridge.sp4n.keytoken is a secret")
                .hasMessageContaining("BRIDGE_SP4N_KEYTOKEN");
    }

    @Test
    void unknownKeyIsRejectedWithFile() throws Exception {
        Path file = Files.writeString(folder.resolve("lapor-bridge.properties"), "bridge.sp4n.pagesize=5\n");
        assertThatThrownBy(() -> Settings.load(file, null, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("bridge.sp4n.pagesize is unknown");
    }

    @Test
    void missingSecretNamesItsVariable() throws Exception {
        Path file = Files.writeString(folder.resolve("lapor-bridge.properties"), "");
        Settings settings = Settings.load(file, null, Map.of(), Map.of());
        assertThatThrownBy(() -> settings.text("bridge.lapor-bantul.client-secret"))
                .hasMessageContaining("BRIDGE_LAPOR_BANTUL_CLIENT_SECRET");
    }
}
