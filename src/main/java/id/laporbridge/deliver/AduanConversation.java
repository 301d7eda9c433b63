package id.laporbridge.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.StatusMap;
import id.laporbridge.config.StatusSync;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.decide.ConversationDecisions;
import id.laporbridge.fetch.LaporBantulCalls;
import id.laporbridge.store.Database;
import id.laporbridge.store.LinkStore;
import id.laporbridge.store.OutboxItem;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.upstream.UpstreamReplies;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * Carries a routing, a reporter reply or a status change onto the mirrored aduan. Every item first reads the aduan
 * and is done without a call when the aduan already shows the change. That is an aduan at the target OPD, a
 * tanggapan with the item's client_ref, or an aduan at the target status or a final stage. So a retry after a lost
 * reply or a crash never repeats the change.
 */
public final class AduanConversation {

    /** Exchange property with the Lapor Bantul id of the aduan, for the route to build its paths. */
    public static final String ADUAN_ID = "aduanId";
    /** Exchange property set by {@link #reconcile}: true when the aduan already shows the change. */
    public static final String ALREADY_DONE = "alreadyDone";

    private static final Logger LOG = LoggerFactory.getLogger(AduanConversation.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstreamProfile laporBantul;
    private final StatusMap statusMap;
    private final StatusSync.ToLaporBantul statusRules;
    private final Database database;
    private final LinkStore links;
    private final OutboxStore outbox;

    public AduanConversation(BridgeConfig config, Database database, LinkStore links, OutboxStore outbox) {
        this.laporBantul = config.laporBantul();
        this.statusMap = config.statusMap();
        this.statusRules = config.statusSync().toLaporBantul();
        this.database = database;
        this.links = links;
        this.outbox = outbox;
    }

    /** Sets the aduan id of the claimed item and prepares a GET of the aduan. */
    public void lookup(Exchange exchange) {
        OutboxItem item = item(exchange);
        String aduanId = database.inTransaction(connection -> links.aduanOf(connection, item.subjectId()))
                .orElseThrow(() -> new IllegalStateException("Mirrored aduan not linked trackingId="
                        + item.subjectId() + "; the create-aduan item did not succeed"));
        exchange.setProperty(ADUAN_ID, aduanId);
        exchange.setProperty(LaporBantulCalls.METHOD, "GET");
        exchange.setProperty(LaporBantulCalls.BODY, null);
        exchange.setProperty(LaporBantulCalls.QUERY, null);
    }

    /** Marks the item done when the aduan read by {@link #lookup} already shows the change. */
    public void reconcile(Exchange exchange) throws IOException {
        OutboxItem item = item(exchange);
        JsonNode payload = JSON.readTree(item.payloadJson());
        JsonNode aduan = unwrap(UpstreamReplies.json(exchange));
        String found = switch (item.action()) {
            case ConversationDecisions.ROUTE_ADUAN -> routed(aduan, payload);
            case ConversationDecisions.ADD_TANGGAPAN -> tanggapanWith(aduan, payload.get("clientRef").asText());
            case ConversationDecisions.SET_STATUS -> statusReached(aduan, payload);
            default -> throw new IllegalArgumentException("Outbox action not handled here: " + item.action());
        };
        exchange.setProperty(ALREADY_DONE, found != null);
        if (found != null) {
            outbox.markDone(item.id(), found);
            LOG.info("Aduan change found upstream, not sent again action={} trackingId={} aduanId={} attempt={}",
                    item.action(), item.subjectId(), exchange.getProperty(ADUAN_ID), item.attempt());
        }
    }

    /** Sets the JSON body of the change as the Lapor Bantul call's body. */
    public void request(Exchange exchange) throws IOException {
        OutboxItem item = item(exchange);
        JsonNode payload = JSON.readTree(item.payloadJson());
        String body = switch (item.action()) {
            case ConversationDecisions.ROUTE_ADUAN -> BodyLayout.build("route-aduan", laporBantul.routeAduan(),
                    Map.of("opd-code", "opdCode", "reason", "reason"), payload).toString();
            case ConversationDecisions.ADD_TANGGAPAN -> BodyLayout.build("add-tanggapan",
                    laporBantul.addTanggapan(), Map.of("message-body", "messageBody", "client-ref", "clientRef"),
                    payload).toString();
            case ConversationDecisions.SET_STATUS -> BodyLayout.build("set-status", laporBantul.setStatus(),
                    Map.of("status", "status", "reason", "reason"), payload).toString();
            default -> throw new IllegalArgumentException("Outbox action not handled here: " + item.action());
        };
        exchange.setProperty(LaporBantulCalls.METHOD, "POST");
        exchange.setProperty(LaporBantulCalls.BODY, body);
    }

    /** Marks the item done; a tanggapan is recorded with its id, other changes with the aduan id. */
    public void recordOutcome(Exchange exchange) throws IOException {
        OutboxItem item = item(exchange);
        String aduanId = exchange.getProperty(ADUAN_ID, String.class);
        String resultRef = aduanId;
        if (ConversationDecisions.ADD_TANGGAPAN.equals(item.action())) {
            JsonNode reply = unwrap(UpstreamReplies.json(exchange));
            resultRef = reply.at(laporBantul.messages().id()).asText(aduanId);
        }
        outbox.markDone(item.id(), resultRef);
        LOG.info("Aduan changed action={} trackingId={} aduanId={} result={} attempt={}", item.action(),
                item.subjectId(), aduanId, resultRef, item.attempt());
    }

    private String routed(JsonNode aduan, JsonNode payload) {
        String opd = text(aduan, laporBantul.pointer("org"));
        return payload.get("opdCode").asText().equals(opd) ? opd : null;
    }

    private String tanggapanWith(JsonNode aduan, String clientRef) {
        UpstreamProfile.MessageLayout layout = laporBantul.messages();
        for (JsonNode tanggapan : aduan.at(layout.array())) {
            if (clientRef.equals(text(tanggapan, layout.clientRef()))) {
                return text(tanggapan, layout.id());
            }
        }
        return null;
    }

    /** Returns the aduan's status when it is the target or a final stage, which no status may follow. */
    private String statusReached(JsonNode aduan, JsonNode payload) {
        String status = text(aduan, laporBantul.pointer("status"));
        if (status == null) {
            return null;
        }
        String stage = statusMap.stageOf(BridgeConfig.LAPOR_BANTUL, status).orElse(null);
        boolean reached = status.equals(payload.get("status").asText()) || statusRules.finalStages().contains(stage);
        return reached ? status : null;
    }

    /** Parses the reply; an aduan sits at the top, or under {@code data} when the upstream wraps it. */
    private static JsonNode unwrap(JsonNode reply) {
        return reply.has("data") && reply.get("data").isObject() ? reply.get("data") : reply;
    }

    private static String text(JsonNode node, String pointer) {
        if (pointer == null) {
            return null;
        }
        JsonNode value = node.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static OutboxItem item(Exchange exchange) {
        return exchange.getProperty(OutboxClaims.ITEM, OutboxItem.class);
    }
}
