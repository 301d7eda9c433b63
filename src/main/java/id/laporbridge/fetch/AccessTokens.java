package id.laporbridge.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.upstream.HttpRequests;
import id.laporbridge.upstream.UpstreamCallFailed;
import id.laporbridge.upstream.UpstreamReplies;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The Lapor Bantul access token: fetched from the token endpoint, reused until shortly before it expires, and
 * dropped when the upstream answers 401 so that the next call fetches a new one. The token never leaves this class
 * except in the Authorization header.
 */
public final class AccessTokens {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstreamProfile.TokenLayout layout;
    private final String clientId;
    private final String clientSecret;
    private final Duration renewBefore;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    public AccessTokens(UpstreamProfile.TokenLayout layout, String clientId, String clientSecret,
                        Duration renewBefore, Clock clock) {
        this.layout = layout;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.renewBefore = renewBefore;
        this.clock = clock;
    }

    public synchronized boolean needsRenewal() {
        return token == null || !clock.instant().isBefore(expiresAt.minus(renewBefore));
    }

    /** Sets the token request as the message: a JSON POST with the client credentials. */
    public void tokenRequest(Exchange exchange) {
        Message message = HttpRequests.reset(exchange, "POST");
        ObjectNode body = JSON.createObjectNode()
                .put(layout.clientIdField(), clientId)
                .put(layout.clientSecretField(), clientSecret);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        message.setBody(body.toString());
    }

    /** Keeps the token from the token reply. */
    public synchronized void accept(Exchange exchange) {
        JsonNode reply = UpstreamReplies.json(exchange);
        JsonNode value = reply.at(layout.accessToken());
        JsonNode lifetime = reply.at(layout.expiresInSeconds());
        if (!value.isTextual() || !lifetime.canConvertToLong()) {
            throw new UpstreamCallFailed(UpstreamReplies.status(exchange), UpstreamReplies.path(exchange),
                    "token reply lacks " + layout.accessToken() + " or " + layout.expiresInSeconds(), true, null);
        }
        token = value.asText();
        expiresAt = clock.instant().plusSeconds(lifetime.asLong());
        LOG.info("Token renewed upstream=lapor-bantul expiresInSeconds={}", lifetime.asLong());
    }

    public synchronized void invalidate() {
        token = null;
        LOG.info("Token dropped upstream=lapor-bantul reason=\"rejected with 401\"");
    }

    synchronized String current() {
        if (token == null) {
            throw new IllegalStateException("No Lapor Bantul token: the token route must run before a call");
        }
        return token;
    }
}
