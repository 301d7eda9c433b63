package id.laporbridge.decide;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.OpdMap;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.model.Message;
import id.laporbridge.store.LinkStore;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.PageWriter;
import id.laporbridge.store.WriteOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Decides what must cross the bridge after a record is stored, and queues it in the outbox in the same
 * transaction. This is the only place that decides, so the echo guard lives here: a message the bridge posted
 * itself, recognised by its client_ref, is never sent back.
 */
public final class SyncDecisions implements PageWriter.Decisions {

    public static final String CREATE_ADUAN = "create-aduan";
    public static final String ADD_FOLLOWUP = "add-followup";

    private static final Logger LOG = LoggerFactory.getLogger(SyncDecisions.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpdMap opdMap;
    private final List<String> answerKinds;
    private final ClientRefs clientRefs;
    private final LinkStore links;
    private final OutboxStore outbox;
    private final ConversationDecisions conversation;

    public SyncDecisions(BridgeConfig config, ClientRefs clientRefs, LinkStore links, OutboxStore outbox,
                         ConversationDecisions conversation) {
        this.opdMap = config.opdMap();
        this.answerKinds = config.laporBantul().answerKinds();
        this.clientRefs = clientRefs;
        this.links = links;
        this.outbox = outbox;
        this.conversation = conversation;
    }

    /** Returns the idempotency key of the item that creates the aduan for a tracking id. */
    static String createAduanKey(String trackingId) {
        return BridgeConfig.LAPOR_BANTUL + ":" + CREATE_ADUAN + ":" + trackingId;
    }

    @Override
    public void afterWrite(Connection connection, CanonicalComplaint complaint, WriteOutcome outcome)
            throws SQLException {
        switch (complaint.source()) {
            case BridgeConfig.SP4N -> {
                mirrorIfNeeded(connection, complaint, outcome);
                conversation.afterSp4nWrite(connection, complaint, outcome);
            }
            case BridgeConfig.LAPOR_BANTUL -> {
                answersBack(connection, complaint);
                conversation.afterLaporBantulWrite(connection, complaint, outcome);
            }
            default -> throw new IllegalArgumentException("unknown source: " + complaint.source());
        }
    }

    private void mirrorIfNeeded(Connection connection, CanonicalComplaint complaint, WriteOutcome outcome)
            throws SQLException {
        String trackingId = complaint.upstreamId();
        Optional<String> opd = opdMap.opdOf(complaint.orgCode());
        if (opd.isEmpty() || links.aduanOf(connection, trackingId).isPresent()) {
            return;
        }
        ObjectNode payload = JSON.createObjectNode()
                .put("complaintId", outcome.complaintId())
                .put("opdCode", opd.get());
        boolean queued = outbox.enqueue(connection, BridgeConfig.LAPOR_BANTUL, CREATE_ADUAN,
                createAduanKey(trackingId), trackingId, payload.toString());
        if (queued) {
            LOG.debug("Mirror queued trackingId={} opd={}", trackingId, opd.get());
        }
    }

    private void answersBack(Connection connection, CanonicalComplaint aduan) throws SQLException {
        String aduanId = aduan.upstreamId();
        if (aduan.refSp4n() != null) {
            links.link(connection, aduan.refSp4n(), aduanId, LinkStore.LinkedBy.OBSERVED);
        }
        Optional<String> trackingId = links.trackingIdOf(connection, aduanId);
        if (trackingId.isEmpty()) {
            return;
        }
        for (Message message : aduan.messages()) {
            if (answerKinds.contains(message.kind()) && !clientRefs.isBridge(message.clientRef())) {
                queueFollowup(connection, trackingId.get(), aduanId, message);
            }
        }
    }

    private void queueFollowup(Connection connection, String trackingId, String aduanId, Message message)
            throws SQLException {
        String clientRef = clientRefs.forTanggapan(aduanId, message.upstreamId());
        ObjectNode payload = JSON.createObjectNode()
                .put("sp4nId", trackingId)
                .put("aduanId", aduanId)
                .put("tanggapanId", message.upstreamId())
                .put("clientRef", clientRef)
                .put("messageBody", message.body())
                .put("messageAuthor", message.author());
        boolean queued = outbox.enqueue(connection, BridgeConfig.SP4N, ADD_FOLLOWUP,
                BridgeConfig.SP4N + ":" + ADD_FOLLOWUP + ":" + clientRef, trackingId, payload.toString());
        if (queued) {
            LOG.debug("Answer queued trackingId={} aduanId={} tanggapanId={}", trackingId, aduanId,
                    message.upstreamId());
        }
    }
}
