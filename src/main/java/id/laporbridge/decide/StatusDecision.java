package id.laporbridge.decide;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.StatusSync;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.store.SyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Writes an SP4N-LAPOR! stage that Lapor Bantul has a status for (closing, not the regency's authority) onto the
 * mirrored aduan, once per target status. Nothing is written once the aduan is at a final stage, so a closed or
 * rejected aduan never moves back, and the bridge's own rejection never returns as a second close.
 */
final class StatusDecision {

    private static final Logger LOG = LoggerFactory.getLogger(StatusDecision.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StatusSync.ToLaporBantul rules;
    private final AduanQueue aduanQueue;

    StatusDecision(StatusSync.ToLaporBantul rules, AduanQueue aduanQueue) {
        this.rules = rules;
        this.aduanQueue = aduanQueue;
    }

    void decide(Connection connection, CanonicalComplaint complaint) throws SQLException {
        Optional<String> target = rules.statusFor(complaint.stage());
        String trackingId = complaint.upstreamId();
        if (target.isEmpty() || !aduanQueue.aduanExpected(connection, trackingId)) {
            return;
        }
        Optional<SyncState.RecordState> aduan = aduanQueue.aduanState(connection, trackingId);
        if (aduan.isPresent() && (rules.finalStages().contains(aduan.get().stage())
                || target.get().equals(aduan.get().status()))) {
            return;
        }
        ObjectNode payload = JSON.createObjectNode()
                .put("status", target.get())
                .put("reason", rules.noteFor(complaint.stage(), complaint.status()));
        String key = trackingId + ":" + target.get();
        if (aduanQueue.enqueue(connection, ConversationDecisions.SET_STATUS, key, trackingId, payload)) {
            LOG.info("Status change queued trackingId={} sp4nStatus={} aduanStatus={}", trackingId,
                    complaint.status(), target.get());
        }
    }
}
