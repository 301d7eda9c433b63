package id.laporbridge.mock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lets a {@link MockApi} build the response of every stub that names this transformer. */
final class MockApiTransformer implements ResponseDefinitionTransformerV2 {

    private static final Logger LOG = LoggerFactory.getLogger(MockApiTransformer.class);

    private final String name;
    private final MockApi api;

    MockApiTransformer(String name, MockApi api) {
        this.name = name;
        this.api = api;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Reply reply = replyTo(serveEvent);
        LOG.debug("Mock request served api={} path={} status={}",
                name, serveEvent.getRequest().getUrl().split("\\?", 2)[0], reply.status());
        ResponseDefinitionBuilder response = new ResponseDefinitionBuilder();
        Reply.Transport transport = reply.transport();
        if (transport.connectionReset()) {
            return response.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        byte[] body = transport.rawBody() != null ? transport.rawBody()
                : Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
        response.withStatus(reply.status())
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
        reply.headers().forEach(response::withHeader);
        if (transport.fixedDelayMillis() != null) {
            response.withFixedDelay(transport.fixedDelayMillis());
        }
        if (transport.stallMillis() != null) {
            response.withHeader(StalledBodies.STALL_HEADER, Integer.toString(transport.stallMillis()));
        }
        return response.build();
    }

    private Reply replyTo(ServeEvent serveEvent) {
        IncomingRequest request;
        try {
            request = IncomingRequest.from(serveEvent.getRequest());
        } catch (IllegalArgumentException e) {
            return Reply.sp4nError(400, "invalid percent-encoding in the query or form body");
        }
        try {
            return api.handle(request);
        } catch (RuntimeException e) {
            LOG.error("Mock request failed api={} path={}", name, request.path(), e);
            return Reply.sp4nError(500, "the mock failed on this request; see its log");
        }
    }
}
