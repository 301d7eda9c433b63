package id.laporbridge.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the Lapor Bantul contract under {@code /api/v1}: a token endpoint, then JSON calls that
 * need {@code Authorization: Bearer <token>}.
 */
final class LaporBantulApi implements MockApi {

    static final String PATH_PREFIX = "/api/v1/";
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 100;

    private static final Pattern ADUAN_PATH = Pattern.compile("/api/v1/aduan/([^/]+)(?:/(tanggapan|alihkan|status))?");

    private final LaporBantulState state;
    private final LaporBantulTokens tokens;
    private final Map<String, String> clients;
    private final InjectedFaults faults;

    LaporBantulApi(LaporBantulState state, LaporBantulTokens tokens, Map<String, String> clients,
            InjectedFaults faults) {
        this.state = state;
        this.faults = faults;
        this.tokens = tokens;
        this.clients = Map.copyOf(clients);
    }

    @Override
    public Reply handle(IncomingRequest request) {
        Instant receivedAt = state.now();
        Reply reply = faults.apply(request.path(), () -> respond(request));
        state.record(new RecordedCall(request.method(), request.path(), recordedParams(request),
                recordedBody(request), reply.status(), receivedAt));
        return reply;
    }

    private Reply respond(IncomingRequest request) {
        try {
            if (request.path().equals("/api/v1/auth/token")) {
                return requirePost(request).orElseGet(() -> issueToken(request.body()));
            }
            Optional<String> client = request.authorization() == null ? Optional.empty()
                    : tokens.clientOf(request.authorization().replaceFirst("(?i)^Bearer\\s+", ""));
            if (client.isEmpty()) {
                return Reply.laporBantulError(401, "invalid_token", "the bearer token is missing, unknown or expired");
            }
            return route(request, client.get());
        } catch (InvalidRequestException e) {
            return Reply.laporBantulError(e.status(), e.status() == 422 ? "validation_failed" : "bad_request",
                    e.field(), e.getMessage());
        }
    }

    private Reply route(IncomingRequest request, String client) {
        String path = request.path();
        boolean get = request.method().equals("GET");
        boolean post = request.method().equals("POST");
        if (path.equals("/api/v1/opd")) {
            return get ? Reply.ok(Json.arrayOf(state.opd())) : methodNotAllowed(request);
        }
        if (path.equals("/api/v1/aduan")) {
            if (get) {
                return list(request.query());
            }
            return post ? create(request.body(), client) : methodNotAllowed(request);
        }
        Matcher matcher = ADUAN_PATH.matcher(path);
        if (!matcher.matches()) {
            return Reply.laporBantulError(404, "not_found", "no such endpoint: " + path);
        }
        return routeAduan(request, matcher.group(1), matcher.group(2), client);
    }

    private Reply routeAduan(IncomingRequest request, String idText, String action, String client) {
        String expectedMethod = action == null ? "GET" : "POST";
        if (!request.method().equals(expectedMethod)) {
            return methodNotAllowed(request);
        }
        Optional<Long> id = parseId(idText);
        if (id.isEmpty()) {
            return aduanNotFound(idText);
        }
        if (action == null) {
            return Optional.ofNullable(state.aduan(id.get())).map(Reply::ok).orElseGet(() -> aduanNotFound(idText));
        }
        return switch (action) {
            case "tanggapan" -> tanggapan(id.get(), request.body(), client);
            case "alihkan" -> alihkan(id.get(), request.body(), client);
            default -> status(id.get(), request.body(), client);
        };
    }

    private Reply issueToken(String body) {
        ObjectNode fields = AduanRequests.object(body);
        String clientId = Json.text(fields, "client_id");
        String secret = Json.text(fields, "client_secret");
        if (clientId == null || secret == null || !secret.equals(clients.get(clientId))) {
            return Reply.laporBantulError(401, "invalid_client", "client_id or client_secret is invalid");
        }
        ObjectNode reply = Json.object()
                .put("access_token", tokens.issue(clientId))
                .put("expires_in", tokens.lifetime().toSeconds());
        return Reply.ok(reply);
    }

    private Reply list(Map<String, String> query) {
        Instant since = updatedSince(query.get("updated_since"));
        int page = RequestValues.positiveInt(query, "page", 1);
        int perPage = Math.min(RequestValues.positiveInt(query, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE);
        Page result = state.page(since, page, perPage);
        ObjectNode body = Json.object();
        body.set("data", Json.arrayOf(result.items()));
        body.putObject("meta").put("page", page).put("per_page", perPage).put("total", result.total());
        return Reply.ok(body);
    }

    private Reply create(String body, String client) {
        LaporBantulState.CreateResult result = state.createFromSp4n(AduanRequests.newAduan(body), client);
        return new Reply(result.created() ? 201 : 409, result.aduan());
    }

    private Reply tanggapan(long id, String body, String client) {
        ObjectNode fields = AduanRequests.tanggapan(body);
        String oleh = Optional.ofNullable(Json.text(fields, "oleh")).orElse(client);
        return state.addTanggapan(id, Json.text(fields, "jenis"), Json.text(fields, "isi"), oleh,
                        Json.text(fields, "client_ref"))
                .map(tanggapan -> new Reply(201, tanggapan))
                .orElseGet(() -> aduanNotFound(String.valueOf(id)));
    }

    private Reply alihkan(long id, String body, String client) {
        ObjectNode fields = AduanRequests.alihkan(body);
        String kode = Json.text(fields, "opd_kode");
        String nama = state.opdName(kode).orElseThrow(() -> new InvalidRequestException(422, "opd_kode",
                "opd_kode is not in the OPD list: " + kode));
        return state.alihkan(id, kode, nama, Json.text(fields, "alasan"), client)
                .map(Reply::ok)
                .orElseGet(() -> aduanNotFound(String.valueOf(id)));
    }

    /** Sets the status with {@code catatan} as the riwayat note and returns 200 with the aduan. */
    private Reply status(long id, String body, String client) {
        ObjectNode fields = AduanRequests.status(body);
        return state.changeStatus(id, Json.text(fields, "status"), client, Json.text(fields, "catatan"))
                .map(Reply::ok)
                .orElseGet(() -> aduanNotFound(String.valueOf(id)));
    }

    private static Instant updatedSince(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return MockTime.parseUtc(text).orElseThrow(() -> new InvalidRequestException(400, "updated_since",
                "updated_since must be ISO-8601 UTC such as 2026-03-01T01:15:00Z, got '" + text + "'"));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Reply> requirePost(IncomingRequest request) {
        return request.method().equals("POST") ? Optional.empty() : Optional.of(methodNotAllowed(request));
    }

    private static Reply methodNotAllowed(IncomingRequest request) {
        return Reply.laporBantulError(405, "method_not_allowed",
                request.method() + " is not allowed on " + request.path());
    }

    private static Reply aduanNotFound(String id) {
        return Reply.laporBantulError(404, "not_found", "aduan not found: id=" + id);
    }


    private static Map<String, String> recordedParams(IncomingRequest request) {
        Map<String, String> params = new LinkedHashMap<>(request.query());
        if (request.authorization() != null) {
            params.put("Authorization", "Bearer " + RecordedCall.MASK);
        }
        return params;
    }

    /** Returns the body for {@link RecordedCall}, with the client_secret of a token request masked. */
    private static String recordedBody(IncomingRequest request) {
        if (!request.path().equals("/api/v1/auth/token")) {
            return request.body();
        }
        return Json.parse(request.body())
                .filter(node -> node.has("client_secret"))
                .map(node -> Json.write(((ObjectNode) node).put("client_secret", RecordedCall.MASK)))
                .orElse(null);
    }
}
