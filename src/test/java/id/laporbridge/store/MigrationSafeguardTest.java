package id.laporbridge.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationSafeguardTest {

    private static final Path COPY = Path.of("/srv/store.mv.db.before-migration");

    @Test
    void copyRejectedWithoutRoom() {
        assertThatThrownBy(() -> MigrationSafeguard.requireRoomForCopy(COPY, 5_000, 1_200))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(COPY.toString())
                .hasMessageContaining("needs 5000 bytes")
                .hasMessageContaining("has 1200 bytes free")
                .hasMessageContaining("at least 3800 more bytes");
    }

    @Test
    void copyAllowedWithExactRoom() {
        assertThatCode(() -> MigrationSafeguard.requireRoomForCopy(COPY, 5_000, 5_000)).doesNotThrowAnyException();
    }
}
