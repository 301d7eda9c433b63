package id.laporbridge.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggedIdTest {

    @Test
    void plainIdIsLoggedAsReceived() {
        assertThat(PageWriter.loggedId("6100123")).isEqualTo("6100123");
        assertThat(PageWriter.loggedId("L-37.01_a~b")).isEqualTo("L-37.01_a~b");
    }

    @Test
    void unsafeIdIsLoggedAsHashAndLength() {
        String forged = "61\nINFO forged line";

        String logged = PageWriter.loggedId(forged);

        assertThat(logged).matches("sha256:[0-9a-f]{16}/length:19");
        assertThat(logged).doesNotContain("forged");
    }

    @Test
    void overlongIdIsLoggedAsHashAndLength() {
        assertThat(PageWriter.loggedId("9".repeat(200))).endsWith("/length:200");
    }
}
