package id.laporbridge.decide;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.store.LinkStore;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.SyncState;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Queues calls on the Lapor Bantul aduan mirrored from one SP4N-LAPOR! complaint. Each item's subject is the
 * tracking id, the subject of the create-aduan item too, so the outbox delivers them after the aduan exists and in
 * the order they were decided.
 */
final class AduanQueue {

    private final LinkStore links;
    private final SyncState state;
    private final OutboxStore outbox;

    AduanQueue(LinkStore links, SyncState state, OutboxStore outbox) {
        this.links = links;
        this.state = state;
        this.outbox = outbox;
    }

    /** Tells whether the complaint has a mirrored aduan, or one is queued to be created. */
    boolean aduanExpected(Connection connection, String trackingId) throws SQLException {
        return links.aduanOf(connection, trackingId).isPresent()
                || state.queued(connection, SyncDecisions.createAduanKey(trackingId));
    }

    /** Returns the stored state of the mirrored aduan, or empty when it is not linked or not yet polled. */
    Optional<SyncState.RecordState> aduanState(Connection connection, String trackingId) throws SQLException {
        Optional<String> aduanId = links.aduanOf(connection, trackingId);
        if (aduanId.isEmpty()) {
            return Optional.empty();
        }
        return state.record(connection, BridgeConfig.LAPOR_BANTUL, aduanId.get());
    }

    /** Queues one call unless its key was queued before; returns true when added. */
    boolean enqueue(Connection connection, String action, String key, String trackingId, ObjectNode payload)
            throws SQLException {
        payload.put("trackingId", trackingId);
        return outbox.enqueue(connection, BridgeConfig.LAPOR_BANTUL, action,
                BridgeConfig.LAPOR_BANTUL + ":" + action + ":" + key, trackingId, payload.toString());
    }
}
