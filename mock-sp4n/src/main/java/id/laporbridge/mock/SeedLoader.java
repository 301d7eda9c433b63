package id.laporbridge.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a seed file into both states. The format is described in mock-sp4n/README.md:
 * {@code {"sp4n":{"topics","institutions","complaints"},"laporBantul":{"opd","aduan"}}}, every part optional.
 */
final class SeedLoader {

    private final Sp4nState sp4n;
    private final LaporBantulState laporBantul;
    private final MockTime time;

    SeedLoader(Sp4nState sp4n, LaporBantulState laporBantul, MockTime time) {
        this.sp4n = sp4n;
        this.laporBantul = laporBantul;
        this.time = time;
    }

    /** Adds the seed's data to the current state; throws IllegalArgumentException naming the file and entry. */
    SeedCounts load(Path seedFile) {
        JsonNode seed = read(seedFile);
        JsonNode sp4nPart = seed.path("sp4n");
        JsonNode laporBantulPart = seed.path("laporBantul");
        sp4n.addTopics(Json.objects(sp4nPart.get("topics")));
        sp4n.addInstitutions(Json.objects(sp4nPart.get("institutions")));
        laporBantul.addOpd(Json.objects(laporBantulPart.get("opd")));
        List<ObjectNode> complaints = Json.objects(sp4nPart.get("complaints"));
        for (int index = 0; index < complaints.size(); index++) {
            sp4n.putComplaint(completeComplaint(complaints.get(index), seedFile, index));
        }
        List<ObjectNode> aduan = Json.objects(laporBantulPart.get("aduan"));
        aduan.forEach(laporBantul::addSeedAduan);
        return new SeedCounts(complaints.size(), aduan.size());
    }

    /** The number of SP4N complaints and Lapor Bantul aduan that one seed file added. */
    record SeedCounts(int complaints, int aduan) {
    }

    private static JsonNode read(Path seedFile) {
        JsonNode seed;
        try {
            seed = Json.MAPPER.readTree(seedFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the seed file " + seedFile, e);
        }
        if (seed == null || !seed.isObject()) {
            throw new IllegalArgumentException(
                    "Seed file invalid: " + seedFile + ": the top level must be a JSON object");
        }
        return seed;
    }

    /** Fills the lists and times that a seeded complaint may leave out. */
    private ObjectNode completeComplaint(ObjectNode complaint, Path seedFile, int index) {
        String where = "Seed file invalid: " + seedFile + ": sp4n.complaints[" + index + "] ";
        if (!complaint.hasNonNull("tracking_id")) {
            throw new IllegalArgumentException(where + "has no tracking_id");
        }
        String now = time.sp4nNow();
        putIfMissing(complaint, "created_at", now);
        putIfMissing(complaint, "updated_at", Json.text(complaint, "created_at"));
        if (MockTime.parseSp4n(Json.text(complaint, "updated_at")).isEmpty()) {
            throw new IllegalArgumentException(where + "has updated_at not in the form yyyy-MM-dd HH:mm:ss");
        }
        Json.arrayField(complaint, "attachments");
        Json.arrayField(complaint, "followups");
        Json.arrayField(complaint, "dispositions");
        return complaint;
    }

    private static void putIfMissing(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field)) {
            node.put(field, value);
        }
    }
}
