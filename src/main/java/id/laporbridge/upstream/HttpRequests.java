package id.laporbridge.upstream;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpMethods;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Prepares the Camel message for an upstream HTTP call. */
public final class HttpRequests {

    private HttpRequests() {
    }

    /**
     * Clears every header, so that nothing from the trigger or from an earlier reply is sent as a request header,
     * and sets the method. The breadcrumb id stays: it names the run in the logs and is sent along as a trace id.
     * The method is set as the enum the HTTP component reads. Set as a string, it went through Camel's type
     * converter on every call, which took about 5% of the CPU of a backfill.
     */
    public static Message reset(Exchange exchange, String method) {
        Message message = exchange.getMessage();
        message.removeHeaders("*", Exchange.BREADCRUMB_ID);
        message.setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(method));
        return message;
    }

    /** Sets a form body ({@code application/x-www-form-urlencoded}, UTF-8) for a POST. */
    public static void form(Exchange exchange, Map<String, String> fields) {
        Message message = reset(exchange, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded; charset=UTF-8");
        message.setBody(encode(fields));
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
