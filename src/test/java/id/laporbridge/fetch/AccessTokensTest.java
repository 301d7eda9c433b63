package id.laporbridge.fetch;

import id.laporbridge.config.ConfigLoader;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Two flows that call Lapor Bantul at once, one of them meeting a 401, never leave the other without a token. */
class AccessTokensTest {

    private final CamelContext context = new DefaultCamelContext();
    private final AccessTokens tokens = new AccessTokens(new ConfigLoader().load(Path.of("config")).laporBantul()
            .token(), "client", "secret", Duration.ofSeconds(60), Clock.systemUTC());

    @AfterEach
    void closeContext() throws Exception {
        context.close();
    }

    @Test
    void rejectedTokenStillServesRacingCall() {
        tokens.accept(tokenReply("first"));
        Exchange rejectedCall = new DefaultExchange(context);
        tokens.current(rejectedCall);

        tokens.invalidate(rejectedCall);

        assertThat(tokens.needsRenewal()).as("renewal after a 401").isTrue();
        assertThat(tokens.current(new DefaultExchange(context))).as("token of a call before the renewal")
                .isEqualTo("first");
    }

    @Test
    void lateRejectionKeepsRenewedToken() {
        tokens.accept(tokenReply("first"));
        Exchange renewingCall = new DefaultExchange(context);
        Exchange lateCall = new DefaultExchange(context);
        tokens.current(renewingCall);
        tokens.current(lateCall);
        tokens.invalidate(renewingCall);
        tokens.accept(tokenReply("second"));

        tokens.invalidate(lateCall);

        assertThat(tokens.needsRenewal()).as("renewal after a 401 for the replaced token").isFalse();
        assertThat(tokens.current(new DefaultExchange(context))).isEqualTo("second");
    }

    private Exchange tokenReply(String token) {
        Exchange reply = new DefaultExchange(context);
        reply.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        reply.getMessage().setBody(("{\"access_token\":\"" + token + "\",\"expires_in\":3600}")
                .getBytes(StandardCharsets.UTF_8));
        return reply;
    }
}
