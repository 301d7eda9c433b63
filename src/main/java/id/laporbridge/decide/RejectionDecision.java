package id.laporbridge.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.StatusSync;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.store.LinkStore;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.SyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Rejects the disposition on SP4N-LAPOR! when an OPD marks a mirrored aduan as not the regency's authority: a
 * configured status whose riwayat note carries a configured reason. Keyed by the riwayat entry, so each marking is
 * sent once; nothing is sent while the SP4N-LAPOR! complaint is at a final stage, which also stops the bridge's own
 * close of an aduan that SP4N-LAPOR! rejected from coming back as a rejection.
 */
final class RejectionDecision {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionDecision.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstreamProfile.HistoryLayout history;
    private final StatusSync.ToSp4n rules;
    private final LinkStore links;
    private final SyncState state;
    private final OutboxStore outbox;

    RejectionDecision(UpstreamProfile.HistoryLayout history, StatusSync.ToSp4n rules, LinkStore links,
                      SyncState state, OutboxStore outbox) {
        this.history = history;
        this.rules = rules;
        this.links = links;
        this.state = state;
        this.outbox = outbox;
    }

    void decide(Connection connection, CanonicalComplaint aduan) throws SQLException {
        StatusSync.NotAuthority notAuthority = rules.notAuthority();
        if (!notAuthority.statuses().contains(aduan.status())) {
            return;
        }
        Optional<String> trackingId = links.trackingIdOf(connection, aduan.upstreamId());
        Optional<JsonNode> entry = latestEntry(aduan.raw(), aduan.status());
        String note = entry.map(found -> RawFields.text(found, history.note())).orElse(null);
        if (trackingId.isEmpty() || !notAuthority.accepts(note) || sp4nIsFinal(connection, trackingId.get())) {
            return;
        }
        String at = entry.map(found -> RawFields.text(found, history.at())).orElse(aduan.updatedAt().toString());
        ObjectNode payload = JSON.createObjectNode()
                .put("sp4nId", trackingId.get())
                .put("aduanId", aduan.upstreamId())
                .put("reason", notAuthority.reasonOf(note));
        String key = BridgeConfig.SP4N + ":" + ConversationDecisions.REJECT_DISPOSITION + ":" + trackingId.get()
                + ":" + aduan.upstreamId() + ":" + at;
        if (outbox.enqueue(connection, BridgeConfig.SP4N, ConversationDecisions.REJECT_DISPOSITION, key,
                trackingId.get(), payload.toString())) {
            LOG.info("Rejection queued trackingId={} aduanId={} aduanStatus={}", trackingId.get(),
                    aduan.upstreamId(), aduan.status());
        }
    }

    private boolean sp4nIsFinal(Connection connection, String trackingId) throws SQLException {
        return state.record(connection, BridgeConfig.SP4N, trackingId)
                .map(complaint -> rules.finalStages().contains(complaint.stage()))
                .orElse(false);
    }

    /** Returns the newest riwayat entry with the status; entries are oldest first. */
    private Optional<JsonNode> latestEntry(JsonNode raw, String status) {
        JsonNode latest = null;
        for (JsonNode entry : RawFields.array(raw, history.array())) {
            if (status.equals(RawFields.text(entry, history.status()))) {
                latest = entry;
            }
        }
        return Optional.ofNullable(latest);
    }
}
