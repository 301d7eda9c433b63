package id.laporbridge.decide;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.model.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Carries each reporter reply on an SP4N-LAPOR! complaint to its mirrored aduan as a reporter tanggapan, once per
 * follow-up id. Replies the reporter writes in Lapor Bantul stay there: SP4N-LAPOR!'s addfollowup is the agency's
 * channel, and the contract has no call that posts as the reporter.
 */
final class ReplyDecision {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyDecision.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> reporterKinds;
    private final ClientRefs clientRefs;
    private final AduanQueue aduanQueue;

    ReplyDecision(List<String> reporterKinds, ClientRefs clientRefs, AduanQueue aduanQueue) {
        this.reporterKinds = reporterKinds;
        this.clientRefs = clientRefs;
        this.aduanQueue = aduanQueue;
    }

    void decide(Connection connection, CanonicalComplaint complaint) throws SQLException {
        String trackingId = complaint.upstreamId();
        List<Message> replies = complaint.messages().stream()
                .filter(message -> reporterKinds.contains(message.kind()))
                .filter(message -> !clientRefs.isBridge(message.clientRef()))
                .toList();
        if (replies.isEmpty() || !aduanQueue.aduanExpected(connection, trackingId)) {
            return;
        }
        for (Message reply : replies) {
            queue(connection, trackingId, reply);
        }
    }

    private void queue(Connection connection, String trackingId, Message reply) throws SQLException {
        String clientRef = clientRefs.forFollowup(trackingId, reply.upstreamId());
        ObjectNode payload = JSON.createObjectNode()
                .put("followupId", reply.upstreamId())
                .put("clientRef", clientRef)
                .put("messageBody", reply.body());
        if (aduanQueue.enqueue(connection, ConversationDecisions.ADD_TANGGAPAN, clientRef, trackingId, payload)) {
            LOG.info("Reporter reply queued trackingId={} followupId={}", trackingId, reply.upstreamId());
        }
    }
}
