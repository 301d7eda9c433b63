package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The faults that change how a reply travels, seen from a plain java.net.http client. */
class NetworkFaultTest {

    private static final String GET_COMPLAINTS = "/api/services/f01/getcomplaints";
    private static final String ADD_FOLLOWUP = "/api/services/f02/addfollowup";
    private static final String FORM = "KEYTOKEN=demo-keytoken&institution_id=9001";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private MockUpstreams mock;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults());
        mock.sp4n().putComplaint(TestComplaints.complaint("5010653", "9001", "2026-03-01 10:00:00"));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void connectionResetGivesIoErrorAndLeavesDataUnchanged() {
        mock.inject(ADD_FOLLOWUP, MockFault.connectionReset(), 1);

        assertThatThrownBy(() -> send(ADD_FOLLOWUP, followupForm(), Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);
        assertThat(mock.sp4n().addFollowupCalls()).isZero();
    }

    @Test
    void connectionResetAfterApplyingStoresTheFollowup() {
        mock.inject(ADD_FOLLOWUP, MockFault.connectionReset().afterApplying(), 1);

        assertThatThrownBy(() -> send(ADD_FOLLOWUP, followupForm(), Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);
        assertThat(mock.sp4n().addFollowupCalls()).isEqualTo(1);
    }

    @Test
    void noReplyMakesTheClientTimeOut() throws Exception {
        mock.inject(ADD_FOLLOWUP, MockFault.noReply().afterApplying(), 1);

        assertThatThrownBy(() -> send(ADD_FOLLOWUP, followupForm(), Duration.ofMillis(500)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(mock.sp4n().addFollowupCalls()).isEqualTo(1);
        assertThat(send(GET_COMPLAINTS, FORM, Duration.ofSeconds(5)).statusCode())
                .as("the next call is served while the hung one still waits").isEqualTo(200);
    }

    @Test
    void delayHoldsTheReplyBack() throws Exception {
        mock.inject(GET_COMPLAINTS, MockFault.delay(Duration.ofMillis(400)), 1);

        long started = System.nanoTime();
        HttpResponse<String> response = send(GET_COMPLAINTS, FORM, Duration.ofSeconds(5));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void stalledBodySendsHeadersThenWaits() throws Exception {
        mock.inject(GET_COMPLAINTS, MockFault.stalledBody(Duration.ofSeconds(5)), 1);

        HttpResponse<InputStream> response = client.send(request(GET_COMPLAINTS, FORM, Duration.ofSeconds(5)),
                HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> readAll(response.body()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> body.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
    }

    @Test
    void errorBodyComesWithStatus200() throws Exception {
        mock.inject(GET_COMPLAINTS, MockFault.errorBody(), 1);

        HttpResponse<String> response = send(GET_COMPLAINTS, FORM, Duration.ofSeconds(5));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MockHttp.json(response).get("status").asText()).isEqualTo("error");
    }

    @Test
    void malformedJsonIsCutOff() throws Exception {
        mock.inject(GET_COMPLAINTS, MockFault.malformedJson(), 1);

        HttpResponse<String> response = send(GET_COMPLAINTS, FORM, Duration.ofSeconds(5));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.parse(response.body())).isEmpty();
    }

    @Test
    void invalidUtf8ReplacesTheMarkerBytes() throws Exception {
        mock.inject(GET_COMPLAINTS, MockFault.invalidUtf8("5010653"), 1);

        HttpResponse<byte[]> response = client.send(request(GET_COMPLAINTS, FORM, Duration.ofSeconds(5)),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(response.body())))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void rateLimitCarriesTheGivenRetryAfter() throws Exception {
        mock.inject(GET_COMPLAINTS, MockFault.rateLimited(7), 1);

        HttpResponse<String> response = send(GET_COMPLAINTS, FORM, Duration.ofSeconds(5));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
    }

    @Test
    void faultUntilClearedLastsUntilCleared() throws Exception {
        mock.injectUntilCleared(GET_COMPLAINTS, MockFault.status(503));

        assertThat(send(GET_COMPLAINTS, FORM, Duration.ofSeconds(5)).statusCode()).isEqualTo(503);
        assertThat(send(GET_COMPLAINTS, FORM, Duration.ofSeconds(5)).statusCode()).isEqualTo(503);
        mock.clearFaults(GET_COMPLAINTS);
        assertThat(send(GET_COMPLAINTS, FORM, Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
    }

    @Test
    void commandLineSpecReadsKindOptionsAndTimes() {
        FaultSpec spec = FaultSpec.parse(ADD_FOLLOWUP + "=reset,applied,times=3");

        assertThat(spec.path()).isEqualTo(ADD_FOLLOWUP);
        assertThat(spec.times()).isEqualTo(3);
        assertThat(spec.fault()).hasToString("connection_reset after applying");
        assertThat(FaultSpec.parse(GET_COMPLAINTS + "=status:503,times=all").times())
                .isEqualTo(InjectedFaults.UNTIL_CLEARED);
        assertThatThrownBy(() -> FaultSpec.parse(GET_COMPLAINTS + "=explode"))
                .hasMessageContaining("explode");
    }

    private HttpResponse<String> send(String path, String form, Duration timeout)
            throws IOException, InterruptedException {
        return client.send(request(path, form, timeout), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String form, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
    }

    private static String followupForm() {
        return "KEYTOKEN=demo-keytoken&tracking_id=5010653&content=Jawaban&author_name=Operator&client_ref=ref-1";
    }

    private static byte[] readAll(InputStream body) {
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
