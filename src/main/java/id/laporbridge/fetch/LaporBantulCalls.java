package id.laporbridge.fetch;

import id.laporbridge.upstream.HttpRequests;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Prepares a Lapor Bantul call from exchange properties, so the shared call route can send it again with a new
 * token after a 401. The calling route sets {@link #PATH}, and optionally {@link #METHOD}, {@link #QUERY} and a
 * JSON body in {@link #BODY}.
 */
public final class LaporBantulCalls {

    public static final String PATH = "laporBantulPath";
    public static final String METHOD = "laporBantulMethod";
    public static final String QUERY = "laporBantulQuery";
    public static final String BODY = "laporBantulBody";

    private final AccessTokens tokens;

    public LaporBantulCalls(AccessTokens tokens) {
        this.tokens = tokens;
    }

    public void prepare(Exchange exchange) {
        String method = exchange.getProperty(METHOD, "GET", String.class);
        Message message = HttpRequests.reset(exchange, method);
        message.setHeader(Exchange.HTTP_PATH, exchange.getProperty(PATH, String.class));
        String query = exchange.getProperty(QUERY, String.class);
        if (query != null) {
            message.setHeader(Exchange.HTTP_QUERY, query);
        }
        String body = exchange.getProperty(BODY, String.class);
        message.setBody(body);
        if (body != null) {
            message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        }
        message.setHeader("Authorization", "Bearer " + tokens.current(exchange));
        message.setHeader("Accept", "application/json");
    }
}
