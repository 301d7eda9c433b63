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
 * marked rejected when the upstream replies with 401 so that the next call fetches a new one. The token never
 * leaves this class except in the Authorization header.
 *
 * <p>Flows call Lapor Bantul concurrently, so a 401 may arrive for a token that another flow has already replaced,
 * and a flow may send a token that another flow has just marked rejected. Each call therefore records which token
 * it sent, as a count of accepted tokens and never the token itself. A 401 for a replaced token changes nothing.
 * A rejected token is still handed out until its replacement arrives, so a racing call gets a 401 and renews
 * through the same path instead of failing without a token.
 */
public final class AccessTokens {

    /** Exchange property with the number of the token a call sent, counted from 1 in the order accepted. */
    public static final String TOKEN_NUMBER = "laporBantulTokenNumber";

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstreamProfile.TokenLayout layout;
    private final String clientId;
    private final String clientSecret;
    private final Duration renewBefore;
    private final Clock clock;
    private String token;
    private long tokenNumber;
    private boolean rejected;
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
        return token == null || rejected || !clock.instant().isBefore(expiresAt.minus(renewBefore));
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
        tokenNumber++;
        rejected = false;
        expiresAt = clock.instant().plusSeconds(lifetime.asLong());
        LOG.info("Token renewed upstream=lapor-bantul expiresInSeconds={}", lifetime.asLong());
    }

    /**
     * Marks the token that the exchange's call sent as rejected, so that the token route fetches a new one. A 401 for
     * a token that was replaced after the call sent it changes nothing.
     */
    public synchronized void invalidate(Exchange exchange) {
        Long sent = exchange.getProperty(TOKEN_NUMBER, Long.class);
        if (sent != null && sent != tokenNumber) {
            LOG.info("Token kept upstream=lapor-bantul reason=\"401 was for a replaced token\" sentToken={} "
                    + "currentToken={}", sent, tokenNumber);
            return;
        }
        rejected = true;
        LOG.info("Token dropped upstream=lapor-bantul reason=\"rejected with 401\" token={}", tokenNumber);
    }

    /** Returns the token for a call and records its number on the exchange; a rejected token is returned too. */
    synchronized String current(Exchange exchange) {
        if (token == null) {
            throw new IllegalStateException("No Lapor Bantul token: the token route must run before a call");
        }
        exchange.setProperty(TOKEN_NUMBER, tokenNumber);
        return token;
    }
}
