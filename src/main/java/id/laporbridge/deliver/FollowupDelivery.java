package id.laporbridge.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.store.OutboxItem;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.upstream.HttpRequests;
import id.laporbridge.upstream.UpstreamCallFailed;
import id.laporbridge.upstream.UpstreamReplies;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts an OPD answer to SP4N-LAPOR! as a follow-up. SP4N-LAPOR! stores every addfollowup call, even one with a
 * repeated client_ref, so before any attempt after the first the bridge reads the complaint and looks for the
 * client_ref among its follow-ups; when found, the item is done without a second post.
 */
public final class FollowupDelivery {

    /** Exchange property set by {@link #reconcile}: true when the follow-up is already upstream. */
    public static final String ALREADY_POSTED = "alreadyPosted";

    private static final Logger LOG = LoggerFactory.getLogger(FollowupDelivery.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstreamProfile sp4n;
    private final String keytoken;
    private final OutboxStore outbox;

    public FollowupDelivery(UpstreamProfile sp4n, String keytoken, OutboxStore outbox) {
        this.sp4n = sp4n;
        this.keytoken = keytoken;
        this.outbox = outbox;
    }

    /** Sets the form body that reads the complaint the follow-up belongs to. */
    public void lookupRequest(Exchange exchange) {
        OutboxItem item = item(exchange);
        UpstreamProfile.LookupLayout lookup = sp4n.getComplaint();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(lookup.authField(), keytoken);
        fields.put(lookup.idField(), item.subjectId());
        HttpRequests.form(exchange, fields);
    }

    /** Looks for the item's client_ref among the complaint's follow-ups; marks the item done when found. */
    public void reconcile(Exchange exchange) throws IOException {
        OutboxItem item = item(exchange);
        JsonNode complaint = UpstreamReplies.json(exchange);
        UpstreamReplies.requireNoErrorFlag(exchange, complaint, sp4n.listing().errorFlag(),
                sp4n.listing().errorValue());
        String clientRef = payload(item).get("clientRef").asText();
        String found = findFollowup(complaint, clientRef);
        exchange.setProperty(ALREADY_POSTED, found != null);
        if (found != null) {
            outbox.markDone(item.id(), found);
            LOG.info("Follow-up found upstream, not sent again trackingId={} followupId={} attempt={}",
                    item.subjectId(), found, item.attempt());
        }
    }

    private String findFollowup(JsonNode complaint, String clientRef) {
        UpstreamProfile.MessageLayout layout = sp4n.messages();
        for (JsonNode followup : complaint.at(layout.array())) {
            if (clientRef.equals(followup.at(layout.clientRef()).asText(null))) {
                return followup.at(layout.id()).asText();
            }
        }
        return null;
    }

    /** Sets the addfollowup form body for the claimed item. */
    public void request(Exchange exchange) throws IOException {
        OutboxItem item = item(exchange);
        JsonNode payload = payload(item);
        UpstreamProfile.FollowupLayout layout = sp4n.addFollowup();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(layout.authField(), keytoken);
        layout.fields().forEach((field, value) -> fields.put(field, valueOf(value, payload)));
        HttpRequests.form(exchange, fields);
    }

    private static String valueOf(String name, JsonNode payload) {
        String key = switch (name) {
            case "sp4n-id" -> "sp4nId";
            case "message-body" -> "messageBody";
            case "message-author" -> "messageAuthor";
            case "client-ref" -> "clientRef";
            default -> throw new IllegalArgumentException("add-followup names unknown value '" + name + "'");
        };
        JsonNode value = payload.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Marks the item done with the follow-up id from the reply. */
    public void recordOutcome(Exchange exchange) {
        OutboxItem item = item(exchange);
        JsonNode reply = UpstreamReplies.json(exchange);
        UpstreamProfile.FollowupLayout layout = sp4n.addFollowup();
        UpstreamReplies.requireNoErrorFlag(exchange, reply, layout.replyErrorFlag(), layout.replyErrorValue());
        String followupId = reply.at(layout.replyId()).asText(null);
        if (followupId == null || followupId.isBlank()) {
            throw new UpstreamCallFailed(UpstreamReplies.status(exchange), UpstreamReplies.path(exchange),
                    "reply has no " + layout.replyId(), true, null);
        }
        outbox.markDone(item.id(), followupId);
        LOG.info("Follow-up posted trackingId={} followupId={} attempt={}", item.subjectId(), followupId,
                item.attempt());
    }

    private static OutboxItem item(Exchange exchange) {
        return exchange.getProperty(OutboxClaims.ITEM, OutboxItem.class);
    }

    private static JsonNode payload(OutboxItem item) throws IOException {
        return JSON.readTree(item.payloadJson());
    }
}
