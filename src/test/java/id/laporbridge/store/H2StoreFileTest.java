package id.laporbridge.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class H2StoreFileTest {

    private static final Path HOME = Path.of(System.getProperty("user.home"));

    @Test
    void fileUrlNamesMvDbFile() {
        assertThat(H2StoreFile.forUrl("jdbc:h2:file:/var/lib/lapor-bridge/store"))
                .contains(Path.of("/var/lib/lapor-bridge/store.mv.db"));
    }

    @Test
    void settingsAreNotPartOfName() {
        assertThat(H2StoreFile.forUrl("jdbc:h2:file:/srv/store;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE"))
                .contains(Path.of("/srv/store.mv.db"));
    }

    @Test
    void relativeNameIsResolvedAgainstWorkingFolder() {
        assertThat(H2StoreFile.forUrl("jdbc:h2:file:./work/store"))
                .contains(Path.of("work/store.mv.db").toAbsolutePath());
        assertThat(H2StoreFile.forUrl("jdbc:h2:./work/../work/store"))
                .contains(Path.of("work/store.mv.db").toAbsolutePath());
    }

    @Test
    void nameWithoutFilePrefixIsFile() {
        assertThat(H2StoreFile.forUrl("jdbc:h2:/srv/store")).contains(Path.of("/srv/store.mv.db"));
    }

    @Test
    void tildeIsHomeFolder() {
        assertThat(H2StoreFile.forUrl("jdbc:h2:~/store")).contains(HOME.resolve("store.mv.db"));
        assertThat(H2StoreFile.forUrl("jdbc:h2:file:~/data/store")).contains(HOME.resolve("data/store.mv.db"));
    }

    @Test
    void otherStoresHaveNoFile() {
        for (String url : new String[] {"jdbc:h2:mem:check", "jdbc:h2:mem:", "jdbc:h2:.",
                "jdbc:h2:tcp://127.0.0.1/store", "jdbc:h2:ssl://127.0.0.1:9092/store", "jdbc:h2:nio:/srv/store",
                "jdbc:h2:file:nio:/srv/store", "jdbc:h2:split:28:/srv/store", "jdbc:h2:memFS:store",
                "jdbc:postgresql://127.0.0.1/bridge"}) {
            assertThat(H2StoreFile.forUrl(url)).as(url).isEmpty();
        }
    }
}
