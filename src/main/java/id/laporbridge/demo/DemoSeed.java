package id.laporbridge.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Turns synthetic complaints into upstream records for the demo: SP4N-LAPOR! complaints disposed to the configured
 * institutions, and aduan filed directly in Lapor Bantul. Field names follow the mock's contracts.
 */
public final class DemoSeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WIB_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final List<String> institutionIds;

    DemoSeed(List<String> institutionIds) {
        this.institutionIds = List.copyOf(institutionIds);
    }

    ObjectNode sp4nComplaint(SyntheticComplaint synthetic, String trackingId, Instant updatedAt) {
        String institution = institutionIds.get(Math.floorMod(synthetic.opdCode().hashCode(),
                institutionIds.size()));
        return sp4nComplaint(synthetic, trackingId, institution, updatedAt);
    }

    /** Returns the synthetic complaint as an SP4N-LAPOR! complaint disposed to {@code institution}. */
    public static ObjectNode sp4nComplaint(SyntheticComplaint synthetic, String trackingId, String institution,
                                           Instant updatedAt) {
        ObjectNode complaint = JSON.createObjectNode()
                .put("tracking_id", trackingId)
                .put("title", synthetic.title())
                .put("content", synthetic.body())
                .put("classification", synthetic.classification().replace('-', '_'))
                .put("topic_id", synthetic.categoryCode())
                .put("channel", "website")
                .put("is_anonymous", synthetic.anonymous() ? "1" : "0")
                .put("is_secret", synthetic.secret() ? "1" : "0")
                .put("institution_id", institution)
                .put("status", "TERDISPOSISI")
                .put("created_at", WIB_TEXT.format(synthetic.createdAt()))
                .put("updated_at", WIB_TEXT.format(updatedAt));
        if (synthetic.anonymous()) {
            complaint.putNull("reporter");
        } else {
            complaint.putObject("reporter").put("name", synthetic.reporterName())
                    .put("email", synthetic.reporterEmail()).put("phone", synthetic.reporterPhone());
        }
        complaint.putObject("location").put("kapanewon", synthetic.kapanewon())
                .put("kalurahan", synthetic.kalurahan());
        complaint.putArray("attachments");
        complaint.putArray("followups");
        complaint.putArray("dispositions").addObject().put("institution_id", institution)
                .put("at", WIB_TEXT.format(synthetic.createdAt())).put("reason", "disposisi");
        return complaint;
    }

    ObjectNode laporBantulAduan(SyntheticComplaint synthetic, String opdCode) {
        ObjectNode aduan = JSON.createObjectNode()
                .put("judul", synthetic.title())
                .put("isi", synthetic.body())
                .put("anonim", synthetic.anonymous())
                .put("rahasia", synthetic.secret())
                .put("sumber", "android");
        aduan.putObject("opd").put("kode", opdCode);
        aduan.putObject("kategori").put("kode", synthetic.categoryCode());
        aduan.putObject("lokasi").put("kapanewon", synthetic.kapanewon()).put("kalurahan", synthetic.kalurahan());
        if (!synthetic.anonymous()) {
            aduan.putObject("pelapor").put("nama", synthetic.reporterName())
                    .put("telepon", synthetic.reporterPhone()).put("email", synthetic.reporterEmail());
        }
        return aduan;
    }
}
