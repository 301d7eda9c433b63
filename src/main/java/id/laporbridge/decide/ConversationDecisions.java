package id.laporbridge.decide;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.store.LinkStore;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.SyncState;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.store.WriteOutcome;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The decisions that carry the rest of the conversation across: routing within the regency, reporter replies,
 * status changes, and rejections as not the regency's authority. A record older than the stored state never routes
 * or changes a status, so nothing moves backwards. Its replies are still carried, because a stale record may hold
 * a reply not seen before.
 */
public final class ConversationDecisions {

    public static final String ROUTE_ADUAN = "route-aduan";
    public static final String ADD_TANGGAPAN = "add-tanggapan";
    public static final String SET_STATUS = "set-status";
    public static final String REJECT_DISPOSITION = "reject-disposition";

    private final RoutingDecision routing;
    private final ReplyDecision replies;
    private final StatusDecision statuses;
    private final RejectionDecision rejections;

    public ConversationDecisions(BridgeConfig config, ClientRefs clientRefs, LinkStore links, SyncState state,
                                 OutboxStore outbox) {
        AduanQueue aduanQueue = new AduanQueue(links, state, outbox);
        this.routing = new RoutingDecision(config.sp4n().dispositions(), config.opdMap(), aduanQueue);
        this.replies = new ReplyDecision(config.sp4n().reporterKinds(), clientRefs, aduanQueue);
        this.statuses = new StatusDecision(config.statusSync().toLaporBantul(), aduanQueue);
        this.rejections = new RejectionDecision(config.laporBantul().history(), config.statusSync().toSp4n(),
                links, state, outbox);
    }

    void afterSp4nWrite(Connection connection, CanonicalComplaint complaint, WriteOutcome outcome)
            throws SQLException {
        replies.decide(connection, complaint);
        if (outcome.kind() == WriteOutcome.Kind.STALE) {
            return;
        }
        routing.decide(connection, complaint, outcome);
        statuses.decide(connection, complaint);
    }

    void afterLaporBantulWrite(Connection connection, CanonicalComplaint aduan, WriteOutcome outcome)
            throws SQLException {
        if (outcome.kind() != WriteOutcome.Kind.STALE) {
            rejections.decide(connection, aduan);
        }
    }
}
