package id.laporbridge.report;

import id.laporbridge.config.BridgeConfig;

import java.util.Map;

/** Indonesian names of the sources, scopes, SOP steps and SLA rules shown in reports. */
public final class Labels {

    public static final String REGENCY = "Kabupaten Bantul";
    public static final String LAPOR_BANTUL = "Lapor Bantul";
    public static final String SP4N = "SP4N-LAPOR!";

    /** The steps of the regency SOP on integrated complaint handling, by step number. */
    private static final Map<Integer, String> STEPS = Map.of(
            1, "Masyarakat menyampaikan aduan",
            2, "Operator OPD menerima aduan",
            3, "Penanggung jawab menelaah dan menugaskan",
            4, "Unit teknis menindaklanjuti",
            5, "Penanggung jawab memeriksa laporan",
            6, "Operator OPD mengunggah jawaban",
            7, "Masyarakat menerima jawaban");

    private static final Map<String, String> RULES = Map.of(
            "national-verify-dispose", "Verifikasi dan disposisi",
            "national-follow-up", "Tindak lanjut instansi",
            "national-closure", "Penutupan laporan",
            "lapor-bantul-first-answer-48h", "Jawaban pertama Lapor Bantul (48 jam)");

    private Labels() {
    }

    public static String source(String source) {
        if (BridgeConfig.SP4N.equals(source)) {
            return SP4N;
        }
        return BridgeConfig.LAPOR_BANTUL.equals(source) ? LAPOR_BANTUL : source;
    }

    public static String scope(Scope scope) {
        return scope.isRegency() ? REGENCY : scope.opdCode();
    }

    /** Returns the name of an SOP step, or "Langkah n" for a step the SOP does not name. */
    public static String step(int step) {
        return STEPS.getOrDefault(step, "Langkah " + step);
    }

    /**
     * Returns the name of an SLA rule: "Langkah n: ..." for an SOP step, else the rule's name, else its id.
     *
     * @param step the SOP step number of the rule, or null
     */
    public static String rule(String ruleId, Integer step) {
        if (step != null) {
            return "Langkah " + step + ": " + step(step);
        }
        return RULES.getOrDefault(ruleId, ruleId);
    }
}
