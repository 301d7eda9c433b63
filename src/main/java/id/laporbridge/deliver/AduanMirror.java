package id.laporbridge.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.fetch.LaporBantulCalls;
import id.laporbridge.store.ComplaintReader;
import id.laporbridge.store.Database;
import id.laporbridge.store.LinkStore;
import id.laporbridge.store.OutboxItem;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.StoredComplaint;
import id.laporbridge.upstream.UpstreamCallFailed;
import id.laporbridge.upstream.UpstreamReplies;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * Creates the Lapor Bantul aduan for an SP4N-LAPOR! complaint. The upstream answers 409 with the existing aduan
 * when the tracking id is already known, so sending again after an unclear outcome adopts that aduan instead of
 * creating a second one.
 */
public final class AduanMirror {

    private static final Logger LOG = LoggerFactory.getLogger(AduanMirror.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> bodyLayout;
    private final ComplaintReader complaints;
    private final Database database;
    private final LinkStore links;
    private final OutboxStore outbox;

    public AduanMirror(UpstreamProfile laporBantul, ComplaintReader complaints, Database database, LinkStore links,
                       OutboxStore outbox) {
        this.bodyLayout = laporBantul.createAduan();
        this.complaints = complaints;
        this.database = database;
        this.links = links;
        this.outbox = outbox;
    }

    /** Sets the create request for the claimed item as the Lapor Bantul call's JSON body. */
    public void request(Exchange exchange) throws IOException {
        OutboxItem item = exchange.getProperty(OutboxClaims.ITEM, OutboxItem.class);
        JsonNode payload = JSON.readTree(item.payloadJson());
        long complaintId = payload.get("complaintId").asLong();
        StoredComplaint complaint = complaints.find(complaintId)
                .orElseThrow(() -> new IllegalStateException("Stored complaint not found id=" + complaintId));
        ObjectNode body = new AduanBody(bodyLayout).build(complaint, payload.get("opdCode").asText());
        exchange.setProperty(LaporBantulCalls.METHOD, "POST");
        exchange.setProperty(LaporBantulCalls.BODY, body.toString());
        exchange.setProperty(LaporBantulCalls.QUERY, null);
        exchange.setProperty(UpstreamReplies.ACCEPT_STATUS, "409");
    }

    /** Records the link to the created (201) or existing (409) aduan and marks the item done, in one transaction. */
    public void recordOutcome(Exchange exchange) {
        OutboxItem item = exchange.getProperty(OutboxClaims.ITEM, OutboxItem.class);
        int status = UpstreamReplies.status(exchange);
        JsonNode reply = UpstreamReplies.json(exchange);
        JsonNode id = reply.at(idPointer(reply));
        if (id.isMissingNode() || id.asText().isBlank()) {
            throw new UpstreamCallFailed(status, UpstreamReplies.path(exchange), "reply has no aduan id", true,
                    null);
        }
        LinkStore.LinkedBy linkedBy = status == 409 ? LinkStore.LinkedBy.ADOPTED : LinkStore.LinkedBy.CREATED;
        String linked = database.inTransaction(connection -> {
            String aduanId = links.link(connection, item.subjectId(), id.asText(), linkedBy);
            outbox.markDone(connection, item.id(), aduanId);
            return aduanId;
        });
        LOG.info("Aduan {} trackingId={} aduanId={} attempt={}", status == 409 ? "adopted" : "created",
                item.subjectId(), linked, item.attempt());
    }

    /** Returns the pointer to the aduan id: the top of the reply, or under {@code data} when the upstream wraps it. */
    private static String idPointer(JsonNode reply) {
        return reply.has("id") ? "/id" : "/data/id";
    }
}
