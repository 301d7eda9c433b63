package id.laporbridge.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.StatusMap;
import id.laporbridge.config.StatusSync;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.store.OutboxItem;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.upstream.HttpRequests;
import id.laporbridge.upstream.UpstreamReplies;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rejects a disposition on SP4N-LAPOR! as not the regency's authority. Every item first reads the complaint and is
 * done without a call when the complaint is already at a final stage (rejected, closed or archived), so a retry
 * after a lost reply or a crash sends the rejection once.
 */
public final class RejectionDelivery {

    /** Exchange property set by {@link #reconcile}: true when SP4N-LAPOR! already shows the rejection. */
    public static final String ALREADY_DONE = "alreadyDone";

    private static final Logger LOG = LoggerFactory.getLogger(RejectionDelivery.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstreamProfile sp4n;
    private final StatusMap statusMap;
    private final StatusSync.ToSp4n rules;
    private final String keytoken;
    private final OutboxStore outbox;

    public RejectionDelivery(BridgeConfig config, String keytoken, OutboxStore outbox) {
        this.sp4n = config.sp4n();
        this.statusMap = config.statusMap();
        this.rules = config.statusSync().toSp4n();
        this.keytoken = keytoken;
        this.outbox = outbox;
    }

    /** Sets the form body that reads the complaint. */
    public void lookupRequest(Exchange exchange) {
        UpstreamProfile.LookupLayout lookup = sp4n.getComplaint();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(lookup.authField(), keytoken);
        fields.put(lookup.idField(), item(exchange).subjectId());
        HttpRequests.form(exchange, fields);
    }

    /** Marks the item done when the complaint is already at a final stage. */
    public void reconcile(Exchange exchange) {
        OutboxItem item = item(exchange);
        JsonNode complaint = UpstreamReplies.json(exchange);
        UpstreamReplies.requireNoErrorFlag(exchange, complaint, sp4n.listing().errorFlag(),
                sp4n.listing().errorValue());
        String status = complaint.at(sp4n.pointer("status")).asText(null);
        String stage = status == null ? null : statusMap.stageOf(BridgeConfig.SP4N, status).orElse(null);
        boolean done = stage != null && rules.finalStages().contains(stage);
        exchange.setProperty(ALREADY_DONE, done);
        if (done) {
            outbox.markDone(item.id(), status);
            LOG.info("Rejection not sent, complaint already at a final stage trackingId={} status={} attempt={}",
                    item.subjectId(), status, item.attempt());
        }
    }

    /** Sets the rejectdisposition form body. */
    public void request(Exchange exchange) throws IOException {
        JsonNode payload = JSON.readTree(item(exchange).payloadJson());
        UpstreamProfile.FollowupLayout layout = sp4n.rejectDisposition();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(layout.authField(), keytoken);
        layout.fields().forEach((field, name) -> fields.put(field, valueOf(name, payload)));
        HttpRequests.form(exchange, fields);
    }

    /** Checks the reply for an error body and marks the item done. */
    public void recordOutcome(Exchange exchange) {
        OutboxItem item = item(exchange);
        UpstreamProfile.FollowupLayout layout = sp4n.rejectDisposition();
        UpstreamReplies.requireNoErrorFlag(exchange, UpstreamReplies.json(exchange), layout.replyErrorFlag(),
                layout.replyErrorValue());
        outbox.markDone(item.id(), item.subjectId());
        LOG.info("Disposition rejected trackingId={} attempt={}", item.subjectId(), item.attempt());
    }

    private static String valueOf(String name, JsonNode payload) {
        String key = switch (name) {
            case "sp4n-id" -> "sp4nId";
            case "reason" -> "reason";
            default -> throw new IllegalArgumentException("reject-disposition names unknown value '" + name + "'");
        };
        JsonNode value = payload.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static OutboxItem item(Exchange exchange) {
        return exchange.getProperty(OutboxClaims.ITEM, OutboxItem.class);
    }
}
