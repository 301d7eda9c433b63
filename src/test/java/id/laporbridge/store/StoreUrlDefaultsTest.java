package id.laporbridge.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoreUrlDefaultsTest {

    @Test
    void h2FileUrlGetsAllSettings() {
        assertThat(Database.withStoreDefaults("jdbc:h2:file:./work/store"))
                .isEqualTo("jdbc:h2:file:./work/store;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64");
    }

    @Test
    void settingGivenInUrlIsKept() {
        assertThat(Database.withStoreDefaults("jdbc:h2:file:./s;trace_level_file=2"))
                .isEqualTo("jdbc:h2:file:./s;trace_level_file=2;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
    }

    @Test
    void otherDatabaseUrlIsUnchanged() {
        assertThat(Database.withStoreDefaults("jdbc:postgresql://127.0.0.1/bridge"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/bridge");
    }
}
