package id.laporbridge.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.OpdMap;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.store.SyncState;
import id.laporbridge.store.WriteOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes the mirrored aduan when SP4N-LAPOR! disposes the complaint from one mapped institution to another. Only a
 * new disposition routes, keyed by its institution and time, so an aduan that an OPD routed on in Lapor Bantul is
 * never routed back by a later poll of the same disposition.
 */
final class RoutingDecision {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingDecision.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstreamProfile.DispositionLayout layout;
    private final OpdMap opdMap;
    private final AduanQueue aduanQueue;

    RoutingDecision(UpstreamProfile.DispositionLayout layout, OpdMap opdMap, AduanQueue aduanQueue) {
        this.layout = layout;
        this.opdMap = opdMap;
        this.aduanQueue = aduanQueue;
    }

    void decide(Connection connection, CanonicalComplaint complaint, WriteOutcome outcome) throws SQLException {
        List<Disposition> dispositions = dispositions(complaint.raw());
        if (dispositions.size() < 2) {
            return;
        }
        Disposition latest = dispositions.get(dispositions.size() - 1);
        Disposition previous = dispositions.get(dispositions.size() - 2);
        Optional<String> opd = opdMap.opdOf(latest.org());
        if (latest.org().equals(previous.org()) || opd.isEmpty()) {
            return;
        }
        String trackingId = complaint.upstreamId();
        Optional<SyncState.RecordState> aduan = aduanQueue.aduanState(connection, trackingId);
        boolean createUsesLatest = outcome.kind() == WriteOutcome.Kind.NEW;
        if (createUsesLatest || aduan.map(state -> opd.get().equals(state.orgCode())).orElse(false)
                || !aduanQueue.aduanExpected(connection, trackingId)) {
            return;
        }
        ObjectNode payload = JSON.createObjectNode()
                .put("opdCode", opd.get())
                .put("institutionId", latest.org())
                .put("reason", latest.reason());
        String key = trackingId + ":" + latest.org() + ":" + latest.at();
        if (aduanQueue.enqueue(connection, ConversationDecisions.ROUTE_ADUAN, key, trackingId, payload)) {
            LOG.info("Routing queued trackingId={} institution={} opd={}", trackingId, latest.org(), opd.get());
        }
    }

    private List<Disposition> dispositions(JsonNode raw) {
        List<Disposition> dispositions = new ArrayList<>();
        for (JsonNode entry : RawFields.array(raw, layout.array())) {
            String org = RawFields.text(entry, layout.org());
            if (org != null && !org.isBlank()) {
                dispositions.add(new Disposition(org, RawFields.text(entry, layout.at()),
                        RawFields.text(entry, layout.reason())));
            }
        }
        return dispositions;
    }

    private record Disposition(String org, String at, String reason) {
    }
}
