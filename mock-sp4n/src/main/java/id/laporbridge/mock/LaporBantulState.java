package id.laporbridge.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The data of the Lapor Bantul mock: aduan in the contract's JSON shape, the OPD list, issued
 * tokens and the calls received.
 *
 * <p>Thread-safe: every method holds this object's lock. Aduan go in and come out as deep copies.
 * Methods that change an aduan throw {@link IllegalArgumentException} for an unknown id.
 */
public final class LaporBantulState {

    /** Orders aduan by {@code diperbarui_pada} as a time, then by {@code id}. */
    private static final Comparator<ObjectNode> ORDER = Comparator
            .comparing(LaporBantulState::updatedAt)
            .thenComparingLong(aduan -> aduan.path("id").asLong());

    private final MockTime time;
    private final LaporBantulTokens tokens;
    private final Map<Long, ObjectNode> aduanById = new TreeMap<>();
    private final List<ObjectNode> opd = new ArrayList<>();
    private final List<RecordedCall> calls = new ArrayList<>();
    private long nextAduanId = 1;
    private long nextTanggapanId = 1;
    private int createAduanCalls;
    private int conflictCalls;

    LaporBantulState(MockTime time, LaporBantulTokens tokens) {
        this.time = time;
        this.tokens = tokens;
    }

    /** Returns a copy of the aduan, or null when the id is unknown. */
    public synchronized ObjectNode aduan(long id) {
        ObjectNode aduan = aduanById.get(id);
        return aduan == null ? null : aduan.deepCopy();
    }

    /** Returns copies of all aduan ordered by {@code diperbarui_pada}, then {@code id}. */
    public synchronized List<ObjectNode> aduanList() {
        return aduanById.values().stream().sorted(ORDER).map(ObjectNode::deepCopy).toList();
    }

    /** Returns a copy of the aduan whose {@code ref_sp4n} is the given SP4N tracking id. */
    public synchronized Optional<ObjectNode> aduanByRefSp4n(String ref) {
        return findByRefSp4n(ref).map(ObjectNode::deepCopy);
    }

    /**
     * Files an aduan as a citizen would in the app: assigns id, nomor, status {@code baru} with its
     * riwayat entry and both times. {@code sumber} comes from the fields, else {@code web}.
     */
    public synchronized ObjectNode createAduan(ObjectNode fields) {
        String sumber = Objects.requireNonNullElse(Json.text(fields, "sumber"), "web");
        return insertNew(fields, sumber, "pelapor").deepCopy();
    }

    /**
     * Posts a tanggapan as an OPD operator would in the app, without client_ref. Jenis {@code akhir}
     * also sets status {@code dijawab}. Returns a copy of the tanggapan.
     */
    public synchronized ObjectNode addTanggapan(long id, String jenis, String isi, String oleh) {
        return appendTanggapan(stored(id), jenis, isi, oleh, null).deepCopy();
    }

    /** Sets the status, appends it to riwayat and touches the aduan. */
    public synchronized void setStatus(long id, String status, String oleh, String catatan) {
        changeStatus(stored(id), status, oleh, catatan);
    }

    /**
     * Routes the aduan to another OPD as an operator would in the app: sets the OPD and status {@code dialihkan}
     * with {@code alasan} as the riwayat note. The kode must be in the OPD list.
     */
    public synchronized ObjectNode routeToOpd(long id, String opdKode, String alasan, String oleh) {
        String nama = opdName(opdKode).orElseThrow(() -> new IllegalArgumentException(
                "OPD kode not in the OPD list: " + opdKode));
        ObjectNode aduan = stored(id);
        aduan.putObject("opd").put("kode", opdKode).put("nama", nama);
        changeStatus(aduan, "dialihkan", oleh, alasan);
        return aduan.deepCopy();
    }

    /** Counts POST /aduan calls that created an aduan; a 409 conflict does not count. */
    public synchronized int createAduanCalls() {
        return createAduanCalls;
    }

    /** Counts POST /aduan calls rejected with 409 because ref_sp4n was already known. */
    public synchronized int conflictCalls() {
        return conflictCalls;
    }

    /** Returns every request received under /api/v1, oldest first. */
    public synchronized List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    /**
     * Makes a token expire early: the next {@code calls} authorized calls succeed, and the one after them gets 401
     * although the token's lifetime has not run out. A new token works as usual.
     */
    public void expireTokenAfterCalls(int calls) {
        tokens.expireEarlyAfter(calls);
    }

    /** Makes every issued token invalid, so the next call with one of them gets 401. */
    public void expireTokens() {
        tokens.expireAll();
    }

    public int tokensIssued() {
        return tokens.issued();
    }

    /**
     * Returns the value of every access token issued so far, oldest first, so that a test can check that none of
     * them was written where it must not be, such as a log file.
     */
    public List<String> issuedTokens() {
        return tokens.issuedTokens();
    }

    /** Returns copies of the OPD list that GET /opd serves. */
    public synchronized List<ObjectNode> opd() {
        return opd.stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized void addOpd(List<ObjectNode> added) {
        added.forEach(entry -> opd.add(entry.deepCopy()));
    }

    /** Returns the OPD name of a kode, or empty when the kode is not in the OPD list. */
    synchronized Optional<String> opdName(String kode) {
        return opd.stream()
                .filter(entry -> Objects.equals(kode, Json.text(entry, "kode")))
                .map(entry -> Json.text(entry, "nama"))
                .findFirst();
    }

    /** Stores a seeded aduan; keeps the id, nomor, status, riwayat and times it has and fills the rest. */
    synchronized ObjectNode addSeedAduan(ObjectNode fields) {
        ObjectNode source = fields.deepCopy();
        String now = time.utcNow();
        long id = source.hasNonNull("id") ? source.get("id").asLong() : nextAduanId;
        source.put("id", id);
        putIfMissing(source, "nomor", nomor(id));
        putIfMissing(source, "sumber", "web");
        putIfMissing(source, "status", "baru");
        putIfMissing(source, "dibuat_pada", now);
        putIfMissing(source, "diperbarui_pada", Json.text(source, "dibuat_pada"));
        if (!source.has("riwayat")) {
            source.putArray("riwayat").add(AduanShape.riwayat(
                    Json.text(source, "status"), Json.text(source, "dibuat_pada"), "pelapor", null));
        }
        return store(AduanShape.ordered(source)).deepCopy();
    }

    /**
     * Creates an aduan that came from SP4N, or finds the one with the same {@code ref_sp4n}.
     * Returns the aduan and whether it was created.
     */
    synchronized CreateResult createFromSp4n(ObjectNode fields, String oleh) {
        Optional<ObjectNode> existing = findByRefSp4n(Json.text(fields, "ref_sp4n"));
        if (existing.isPresent()) {
            conflictCalls++;
            return new CreateResult(existing.get().deepCopy(), false);
        }
        createAduanCalls++;
        return new CreateResult(insertNew(fields, "sp4n", oleh).deepCopy(), true);
    }

    /** Posts a tanggapan through the API; empty when the aduan id is unknown. */
    synchronized Optional<ObjectNode> addTanggapan(long id, String jenis, String isi, String oleh, String clientRef) {
        ObjectNode aduan = aduanById.get(id);
        if (aduan == null) {
            return Optional.empty();
        }
        return Optional.of(appendTanggapan(aduan, jenis, isi, oleh, clientRef).deepCopy());
    }

    /** Routes the aduan to another OPD and sets status {@code dialihkan}; empty when the id is unknown. */
    synchronized Optional<ObjectNode> alihkan(long id, String opdKode, String opdNama, String alasan, String oleh) {
        ObjectNode aduan = aduanById.get(id);
        if (aduan == null) {
            return Optional.empty();
        }
        aduan.putObject("opd").put("kode", opdKode).put("nama", opdNama);
        changeStatus(aduan, "dialihkan", oleh, alasan);
        return Optional.of(aduan.deepCopy());
    }

    /** Sets the status through the API; empty when the aduan id is unknown. */
    synchronized Optional<ObjectNode> changeStatus(long id, String status, String oleh, String catatan) {
        ObjectNode aduan = aduanById.get(id);
        if (aduan == null) {
            return Optional.empty();
        }
        changeStatus(aduan, status, oleh, catatan);
        return Optional.of(aduan.deepCopy());
    }

    /** Returns one page of the aduan updated at or after {@code since} (null: all). */
    synchronized Page page(Instant since, int page, int perPage) {
        List<ObjectNode> matching = aduanById.values().stream()
                .filter(aduan -> since == null || !updatedAt(aduan).isBefore(since))
                .sorted(ORDER)
                .map(ObjectNode::deepCopy)
                .toList();
        return Page.of(matching, page, perPage);
    }

    /** Returns the mock clock's current time. */
    Instant now() {
        return time.now();
    }

    synchronized void record(RecordedCall call) {
        calls.add(call);
    }

    /** An aduan and whether the call created it. */
    record CreateResult(ObjectNode aduan, boolean created) {
    }

    private ObjectNode insertNew(ObjectNode fields, String sumber, String oleh) {
        ObjectNode source = fields.deepCopy();
        String now = time.utcNow();
        long id = nextAduanId;
        source.put("id", id);
        source.put("nomor", nomor(id));
        source.put("sumber", sumber);
        source.put("status", "baru");
        source.putArray("riwayat").add(AduanShape.riwayat("baru", now, oleh, null));
        source.putArray("tanggapan");
        source.put("dibuat_pada", now);
        source.put("diperbarui_pada", now);
        fillOpdName(source);
        return store(AduanShape.ordered(source));
    }

    private ObjectNode store(ObjectNode aduan) {
        long id = aduan.get("id").asLong();
        aduanById.put(id, aduan);
        nextAduanId = Math.max(nextAduanId, id + 1);
        for (JsonNode tanggapan : aduan.path("tanggapan")) {
            nextTanggapanId = Math.max(nextTanggapanId, tanggapan.path("id").asLong() + 1);
        }
        return aduan;
    }

    private ObjectNode appendTanggapan(ObjectNode aduan, String jenis, String isi, String oleh, String clientRef) {
        String now = time.utcNow();
        ObjectNode tanggapan = Json.arrayField(aduan, "tanggapan").addObject()
                .put("id", nextTanggapanId++)
                .put("jenis", jenis)
                .put("isi", isi)
                .put("waktu", now)
                .put("oleh", oleh)
                .put("client_ref", clientRef);
        if ("akhir".equals(jenis)) {
            Json.arrayField(aduan, "riwayat").add(AduanShape.riwayat("dijawab", now, oleh, null));
            aduan.put("status", "dijawab");
        }
        aduan.put("diperbarui_pada", now);
        return tanggapan;
    }

    private void changeStatus(ObjectNode aduan, String status, String oleh, String catatan) {
        String now = time.utcNow();
        Json.arrayField(aduan, "riwayat").add(AduanShape.riwayat(status, now, oleh, catatan));
        aduan.put("status", Objects.requireNonNull(status, "status"));
        aduan.put("diperbarui_pada", now);
    }

    private void fillOpdName(ObjectNode source) {
        JsonNode opdField = source.get("opd");
        if (opdField instanceof ObjectNode opdObject && !opdObject.hasNonNull("nama")) {
            opdName(Json.text(opdObject, "kode")).ifPresent(nama -> opdObject.put("nama", nama));
        }
    }

    private Optional<ObjectNode> findByRefSp4n(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return aduanById.values().stream().filter(aduan -> ref.equals(Json.text(aduan, "ref_sp4n"))).findFirst();
    }

    private String nomor(long id) {
        return String.format("LB-%d-%06d", time.currentYear(), id);
    }

    private ObjectNode stored(long id) {
        ObjectNode aduan = aduanById.get(id);
        if (aduan == null) {
            throw new IllegalArgumentException("Lapor Bantul aduan not found: id=" + id);
        }
        return aduan;
    }

    private static void putIfMissing(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field)) {
            node.put(field, value);
        }
    }

    private static Instant updatedAt(ObjectNode aduan) {
        return MockTime.parseUtc(Json.text(aduan, "diperbarui_pada")).orElse(Instant.MIN);
    }
}
