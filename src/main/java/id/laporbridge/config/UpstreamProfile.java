package id.laporbridge.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Record layout of one upstream: where each canonical field sits in its JSON, how its listing is paged and how
 * the bridge writes to it. Loaded from {@code config/upstreams/<source>.yaml}.
 */
public record UpstreamProfile(
        String source,
        ZoneId timeZone,
        TokenLayout token,
        ListingLayout listing,
        Map<String, String> record,
        HistoryLayout history,
        MessageLayout messages,
        List<String> answerKinds,
        Map<String, String> createAduan,
        FollowupLayout addFollowup,
        LookupLayout getComplaint,
        List<String> statuses,
        List<String> reporterKinds,
        DispositionLayout dispositions,
        FollowupLayout rejectDisposition,
        Map<String, String> routeAduan,
        Map<String, String> addTanggapan,
        Map<String, String> setStatus) {

    public UpstreamProfile {
        record = record == null ? Map.of() : Map.copyOf(record);
        answerKinds = answerKinds == null ? List.of() : List.copyOf(answerKinds);
        createAduan = createAduan == null ? Map.of() : Map.copyOf(createAduan);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        reporterKinds = reporterKinds == null ? List.of() : List.copyOf(reporterKinds);
        routeAduan = routeAduan == null ? Map.of() : Map.copyOf(routeAduan);
        addTanggapan = addTanggapan == null ? Map.of() : Map.copyOf(addTanggapan);
        setStatus = setStatus == null ? Map.of() : Map.copyOf(setStatus);
    }

    /** Returns the JSON pointer of a canonical record field, or null when this upstream has no such field. */
    public String pointer(String field) {
        return record.get(field);
    }

    public record TokenLayout(String clientIdField, String clientSecretField, String accessToken,
                              String expiresInSeconds) {
    }

    public record ListingLayout(String authField, String orgField, String sinceField, String pageField,
                                String limitField, String sinceFormat, String records, String total,
                                String errorFlag, String errorValue, String errorMessage) {
    }

    /** Pointers to the status history and its entries; {@code note} is an entry's note, such as a reason. */
    public record HistoryLayout(String array, String status, String at, String note) {
    }

    /** Pointers to the routings of a complaint to an institution, which the upstream lists oldest first. */
    public record DispositionLayout(String array, String org, String at, String reason) {
    }

    public record MessageLayout(String array, String id, String kind, String body, String author, String createdAt,
                                String clientRef) {
    }

    public record FollowupLayout(String authField, Map<String, String> fields, String replyErrorFlag,
                                 String replyErrorValue, String replyErrorMessage, String replyId) {
    }

    public record LookupLayout(String authField, String idField) {
    }
}
