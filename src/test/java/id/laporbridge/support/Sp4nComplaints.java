package id.laporbridge.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Builds SP4N-LAPOR! complaints in the contract's shape for tests; all values are strings, times are WIB. */
public final class Sp4nComplaints {

    public static final DateTimeFormatter WIB_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sp4nComplaints() {
    }

    public static ObjectNode complaint(String trackingId, String institutionId, String title, String content,
                                       LocalDateTime updatedWib) {
        ObjectNode complaint = JSON.createObjectNode()
                .put("tracking_id", trackingId)
                .put("title", title)
                .put("content", content)
                .put("classification", "pengaduan")
                .put("topic_id", "13")
                .put("channel", "website")
                .put("is_anonymous", "0")
                .put("is_secret", "0")
                .put("institution_id", institutionId)
                .put("status", "TERDISPOSISI")
                .put("created_at", WIB_TEXT.format(updatedWib.minusHours(1)))
                .put("updated_at", WIB_TEXT.format(updatedWib));
        complaint.putObject("reporter")
                .put("name", "Pelapor Uji " + trackingId)
                .put("email", "pelapor" + trackingId + "@contoh.test")
                .put("phone", "0899" + trackingId);
        complaint.putNull("location");
        complaint.putArray("attachments");
        complaint.putArray("followups");
        complaint.putArray("dispositions").addObject()
                .put("institution_id", institutionId)
                .put("at", WIB_TEXT.format(updatedWib.minusMinutes(30)))
                .put("reason", "disposisi");
        return complaint;
    }

    public static ObjectNode anonymous(ObjectNode complaint) {
        complaint.put("is_anonymous", "1");
        complaint.putNull("reporter");
        return complaint;
    }
}
