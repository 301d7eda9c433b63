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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the Lapor Bantul aduan for an SP4N-LAPOR! complaint. The upstream answers 409 with the existing aduan
 * when the tracking id is already known, so sending again after an unclear outcome adopts that aduan instead of
 * creating a second one.
 *
 * <p>The outcomes of one claimed batch are recorded together, in one transaction after the batch's last call,
 * because every commit writes all changed store pages and one commit per aduan was a fifth of a backfill's CPU.
 * An item whose outcome is not recorded yet stays {@code sending}: after a crash it is claimed again once its lease
 * ends, and the 409 adopts the aduan, as after a crash between any call and its record.
 */
public final class AduanMirror {

    private static final Logger LOG = LoggerFactory.getLogger(AduanMirror.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> bodyLayout;
    private final ComplaintReader complaints;
    private final Database database;
    private final LinkStore links;
    private final OutboxStore outbox;
    private final List<Outcome> unrecorded = new ArrayList<>();
    private final Map<Long, StoredComplaint> prefetched = new HashMap<>();

    public AduanMirror(UpstreamProfile laporBantul, ComplaintReader complaints, Database database, LinkStore links,
                       OutboxStore outbox) {
        this.bodyLayout = laporBantul.createAduan();
        this.complaints = complaints;
        this.database = database;
        this.links = links;
        this.outbox = outbox;
    }

    /**
     * Reads the stored complaints of a claimed batch in one query, for {@link #request}; the complaints of earlier
     * batches that were not sent are dropped.
     */
    public void readComplaints(List<OutboxItem> items) throws IOException {
        List<Long> ids = new ArrayList<>(items.size());
        for (OutboxItem item : items) {
            ids.add(complaintId(item));
        }
        Map<Long, StoredComplaint> found = complaints.findAll(ids);
        synchronized (prefetched) {
            prefetched.clear();
            prefetched.putAll(found);
        }
    }

    /** Sets the create request for the claimed item as the Lapor Bantul call's JSON body. */
    public void request(Exchange exchange) throws IOException {
        OutboxItem item = exchange.getProperty(OutboxClaims.ITEM, OutboxItem.class);
        JsonNode payload = JSON.readTree(item.payloadJson());
        long complaintId = payload.get("complaintId").asLong();
        StoredComplaint read;
        synchronized (prefetched) {
            read = prefetched.remove(complaintId);
        }
        StoredComplaint complaint = read != null ? read : complaints.find(complaintId)
                .orElseThrow(() -> new IllegalStateException("Stored complaint not found id=" + complaintId));
        ObjectNode body = new AduanBody(bodyLayout).build(complaint, payload.get("opdCode").asText());
        exchange.setProperty(LaporBantulCalls.METHOD, "POST");
        exchange.setProperty(LaporBantulCalls.BODY, body.toString());
        exchange.setProperty(LaporBantulCalls.QUERY, null);
        exchange.setProperty(UpstreamReplies.ACCEPT_STATUS, "409");
    }

    /**
     * Keeps the link to the created (201) or existing (409) aduan for {@link #recordOutcomes}. A reply without an
     * aduan id fails the item at once.
     */
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
        synchronized (unrecorded) {
            unrecorded.add(new Outcome(item, id.asText(), linkedBy));
        }
    }

    /**
     * Records the kept outcomes in one transaction: each link, and each item marked done. When the transaction
     * fails, the outcomes are kept for the next call, and the items stay {@code sending} until then.
     */
    public void recordOutcomes() {
        List<Outcome> batch;
        synchronized (unrecorded) {
            batch = List.copyOf(unrecorded);
        }
        if (batch.isEmpty()) {
            return;
        }
        List<String> linked = database.inTransaction(connection -> {
            List<String> aduanIds = new ArrayList<>(batch.size());
            for (Outcome outcome : batch) {
                String aduanId = links.link(connection, outcome.item().subjectId(), outcome.aduanId(),
                        outcome.linkedBy());
                outbox.markDone(connection, outcome.item().id(), aduanId);
                aduanIds.add(aduanId);
            }
            return aduanIds;
        });
        synchronized (unrecorded) {
            unrecorded.subList(0, batch.size()).clear();
        }
        for (int i = 0; i < batch.size(); i++) {
            Outcome outcome = batch.get(i);
            LOG.info("Aduan {} trackingId={} aduanId={} attempt={}",
                    outcome.linkedBy() == LinkStore.LinkedBy.ADOPTED ? "adopted" : "created",
                    outcome.item().subjectId(), linked.get(i), outcome.item().attempt());
        }
    }

    private static long complaintId(OutboxItem item) throws IOException {
        return JSON.readTree(item.payloadJson()).get("complaintId").asLong();
    }

    /** Returns the pointer to the aduan id: the top of the reply, or under {@code data} when the upstream wraps it. */
    private static String idPointer(JsonNode reply) {
        return reply.has("id") ? "/id" : "/data/id";
    }

    /** A successful create whose link and done state are not recorded yet. */
    private record Outcome(OutboxItem item, String aduanId, LinkStore.LinkedBy linkedBy) {
    }
}
