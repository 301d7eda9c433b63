package id.laporbridge.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds SP4N complaints in the contract's shape for tests. */
final class TestComplaints {

    private TestComplaints() {
    }

    static ObjectNode complaint(String trackingId, String institutionId, String updatedAt) {
        ObjectNode complaint = MockHttp.MAPPER.createObjectNode()
                .put("tracking_id", trackingId)
                .put("title", "Judul uji " + trackingId)
                .put("content", "Isi uji " + trackingId)
                .put("classification", "pengaduan")
                .put("topic_id", "13")
                .put("channel", "website")
                .put("is_anonymous", "1")
                .put("is_secret", "0")
                .putNull("reporter")
                .put("institution_id", institutionId)
                .put("status", "TERDISPOSISI")
                .put("created_at", updatedAt)
                .put("updated_at", updatedAt);
        complaint.putNull("location");
        complaint.putArray("attachments");
        complaint.putArray("followups");
        complaint.putArray("dispositions");
        return complaint;
    }
}
