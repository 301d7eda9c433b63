package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Sp4nKeytokenTest {

    private MockUpstreams mock;
    private MockHttp http;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults());
        http = new MockHttp(mock);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void wrongKeytokenAnswers401() {
        HttpResponse<String> response = http.sp4nRaw("f01/gettopics", Map.of("KEYTOKEN", "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(MockHttp.json(response).get("status").asText()).isEqualTo("error");
    }

    @Test
    void missingKeytokenAnswers401() {
        HttpResponse<String> response = http.sp4nRaw("f01/gettopics", Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void rightKeytokenAnswers200() {
        HttpResponse<String> response = http.sp4n("f01/gettopics", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MockHttp.json(response).isArray()).isTrue();
    }

    @Test
    void recordedCallMasksKeytoken() {
        http.sp4nRaw("f01/gettopics", Map.of("KEYTOKEN", "wrong"));

        RecordedCall call = mock.sp4n().calls().get(0);
        assertThat(call.status()).isEqualTo(401);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.params()).containsEntry("KEYTOKEN", RecordedCall.MASK);
    }

    @Test
    void getRequestAnswers405() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/services/f01/gettopics"))
                .GET().build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void unknownMethodAnswers404() {
        HttpResponse<String> response = http.sp4n("f01/getnothing", Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void pathOutsideBothContractsGives404() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/elsewhere"))
                .POST(HttpRequest.BodyPublishers.ofString("KEYTOKEN=demo-keytoken")).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(MockHttp.json(response).get("status").asText()).isEqualTo("error");
    }
}
